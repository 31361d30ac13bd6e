// Original file: proto/mallbots/customers/v1/api.proto

/**
 * Input of ChangeSmsNumber: `id` of an existing customer; `sms_number` as in RegisterCustomerRequest.
 */
export interface ChangeSmsNumberRequest {
  id?: string;
  smsNumber?: string;
}

/**
 * Input of ChangeSmsNumber: `id` of an existing customer; `sms_number` as in RegisterCustomerRequest.
 */
export interface ChangeSmsNumberRequest__Output {
  id: string;
  smsNumber: string;
}
