/** Same limit as contracts' messageTextMaxLength, repeated here so the zod module stays out of the bundle. */
export const messageTextMaxLength = 4000;
