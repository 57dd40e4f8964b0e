// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.
export interface paths {
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log of sensitive actions, newest first */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: number;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: number | null;
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                id: number;
                                ip: string | null;
                                targetId: string | null;
                                targetType: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                customerId?: number;
                                customerName?: string;
                                dataScope: "all" | "own";
                                id: number;
                                kind: "staff" | "customer";
                                name: string;
                                permissions: string[];
                                roles: {
                                    code: string;
                                    name: string;
                                }[];
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: revokes the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, its kind and permissions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                customerId?: number;
                                customerName?: string;
                                dataScope: "all" | "own";
                                id: number;
                                kind: "staff" | "customer";
                                name: string;
                                permissions: string[];
                                roles: {
                                    code: string;
                                    name: string;
                                }[];
                                username: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password; revokes every session and issues a new one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every permission, grouped by resource */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerAssignable: string[];
                            groups: {
                                actions: string[];
                                permissions: string[];
                                resource: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree as a flat list (parentId links), with on-shelf product counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                parentId: number | null;
                                /** @description products on shelf in this category and its descendants */
                                productCount: number;
                                sort: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customer-levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer levels (客户等级) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerCount: number;
                                discountPercent: number;
                                id: number;
                                name: string;
                                sort: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer level with a discount (90 = 九折) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 90 = 九折 (10 % off) */
                        discountPercent: number;
                        name: string;
                        sort?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerCount: number;
                            discountPercent: number;
                            id: number;
                            name: string;
                            sort: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers in the caller’s scope (a salesperson sees own customers); phones masked */
        get: {
            parameters: {
                query?: {
                    levelId?: number;
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    salespersonId?: number;
                    status?: "pending" | "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                city: string | null;
                                code: string;
                                contactName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description fen */
                                creditLimit: number;
                                district: string | null;
                                id: number;
                                levelId: number | null;
                                levelName: string | null;
                                name: string;
                                notes: string;
                                paymentTermDays: number;
                                /** @description masked (138****1234) in lists */
                                phone: string | null;
                                province: string | null;
                                salespersonId: number | null;
                                salespersonName: string | null;
                                status: "pending" | "active" | "disabled";
                                tags: string[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a customer company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        city?: string;
                        code?: string;
                        contactName?: string;
                        /** @description fen */
                        creditLimit?: number;
                        district?: string;
                        levelId?: number;
                        name: string;
                        notes?: string;
                        paymentTermDays?: number;
                        phone?: string;
                        province?: string;
                        salespersonId?: number;
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            city: string | null;
                            code: string;
                            contactName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description fen */
                            creditLimit: number;
                            district: string | null;
                            id: number;
                            levelId: number | null;
                            levelName: string | null;
                            name: string;
                            notes: string;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            status: "pending" | "active" | "disabled";
                            tags: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer (staff in scope; the customer itself) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            city: string | null;
                            code: string;
                            contactName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description fen */
                            creditLimit: number;
                            district: string | null;
                            id: number;
                            levelId: number | null;
                            levelName: string | null;
                            name: string;
                            notes: string;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            status: "pending" | "active" | "disabled";
                            tags: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a sign-in account (buyer, approver, viewer) to a customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        password: string;
                        phone?: string;
                        role: "buyer" | "approver" | "viewer";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number | null;
                            customerName: string | null;
                            email: string | null;
                            id: number;
                            kind: "staff" | "customer";
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            phone: string | null;
                            roles: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and which database runs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgresql";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles with their permissions and how many users hold each */
        get: {
            parameters: {
                query?: {
                    kind?: "staff" | "customer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                builtin: boolean;
                                code: string;
                                dataScope: "all" | "own";
                                description: string;
                                id: number;
                                kind: "staff" | "customer";
                                name: string;
                                permissions: string[];
                                userCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a custom staff role */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        dataScope: "all" | "own";
                        description?: string;
                        name: string;
                        permissions: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtin: boolean;
                            code: string;
                            dataScope: "all" | "own";
                            description: string;
                            id: number;
                            kind: "staff" | "customer";
                            name: string;
                            permissions: string[];
                            userCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtin: boolean;
                            code: string;
                            dataScope: "all" | "own";
                            description: string;
                            id: number;
                            kind: "staff" | "customer";
                            name: string;
                            permissions: string[];
                            userCount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a custom role that nobody holds */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a role's name, permissions or data scope */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataScope?: "all" | "own";
                        description?: string;
                        name?: string;
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtin: boolean;
                            code: string;
                            dataScope: "all" | "own";
                            description: string;
                            id: number;
                            kind: "staff" | "customer";
                            name: string;
                            permissions: string[];
                            userCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (staff and customer accounts) */
        get: {
            parameters: {
                query?: {
                    kind?: "staff" | "customer";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    roleId?: number;
                    status?: "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number | null;
                                customerName: string | null;
                                email: string | null;
                                id: number;
                                kind: "staff" | "customer";
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                name: string;
                                phone: string | null;
                                roles: {
                                    code: string;
                                    id: number;
                                    name: string;
                                }[];
                                status: "active" | "disabled";
                                username: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string;
                        name: string;
                        password: string;
                        phone?: string;
                        roleIds: number[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number | null;
                            customerName: string | null;
                            email: string | null;
                            id: number;
                            kind: "staff" | "customer";
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            phone: string | null;
                            roles: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number | null;
                            customerName: string | null;
                            email: string | null;
                            id: number;
                            kind: "staff" | "customer";
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            phone: string | null;
                            roles: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user: profile, status (disabling revokes its sessions) or roles */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        name?: string;
                        phone?: string | null;
                        roleIds?: number[];
                        status?: "active" | "disabled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number | null;
                            customerName: string | null;
                            email: string | null;
                            id: number;
                            kind: "staff" | "customer";
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            name: string;
                            phone: string | null;
                            roles: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            status: "active" | "disabled";
                            username: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset a user's password (revokes its sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workbench": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Role-specific figures for the home page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            figures: {
                                /** @description stable key the UI translates, e.g. customers, pendingCustomers */
                                key: string;
                                value: number;
                            }[];
                            recentAudit: {
                                action: string;
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                id: number;
                            }[];
                            recentCustomers: {
                                code: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                name: string;
                                status: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            error: {
                code: string;
                details?: {
                    [key: string]: unknown;
                };
                message: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
