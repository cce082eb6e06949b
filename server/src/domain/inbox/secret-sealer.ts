/** Encrypts a secret for storage (AES-256-GCM in storage/secret-box.ts); `open` fails loudly on tampering. */
export interface SecretSealer {
  seal(plaintext: string): string;
  open(sealed: string): string;
}
