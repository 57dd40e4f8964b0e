import { regionNames } from '../../lib/regions.ts';

/** What the 注册新客户 form holds. */
export interface RegistrationValues {
  companyName: string;
  contactName: string;
  phone: string;
  region?: string[];
  address?: string;
  username: string;
  password: string;
  confirmPassword: string;
}

/** A mainland mobile number, as the server requires for a registration. */
export const mobilePattern = /^1[3-9]\d{9}$/;
export const usernamePattern = /^[A-Za-z0-9_.@-]{3,32}$/;
export const passwordMinLength = 8;

/** Whether a password fits the rule of every other account: 8 to 128 characters. */
export function isAcceptablePassword(password: string): boolean {
  return password.length >= passwordMinLength && password.length <= 128;
}

/** The POST /api/registrations body: trimmed, the phone without spaces, empty optional parts left out. */
export function toRegistrationBody(values: RegistrationValues) {
  const region = regionNames(values.region);
  const address = values.address?.trim();
  return {
    companyName: values.companyName.trim(),
    contactName: values.contactName.trim(),
    phone: values.phone.replace(/[\s-]/g, ''),
    ...(region.province ? { province: region.province } : {}),
    ...(region.city ? { city: region.city } : {}),
    ...(region.district ? { district: region.district } : {}),
    ...(address ? { address } : {}),
    username: values.username.trim(),
    password: values.password,
  };
}
