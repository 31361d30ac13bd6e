// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Input of RegisterCustomer: `name` non-blank, at most 200 characters; `sms_number` a phone number of 7 to 15
 * digits with an optional leading `+` (spaces, dots, dashes and parentheses are ignored).
 */
export interface RegisterCustomerRequest {
  name?: string;
  smsNumber?: string;
}

/**
 * Input of RegisterCustomer: `name` non-blank, at most 200 characters; `sms_number` a phone number of 7 to 15
 * digits with an optional leading `+` (spaces, dots, dashes and parentheses are ignored).
 */
export interface RegisterCustomerRequest__Output {
  name: string;
  smsNumber: string;
}
