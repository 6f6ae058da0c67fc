import securityHeaders from "./security-headers.json";

/**
 * The headers next.config.js gives every answer Next.js sends (lib/http/security-headers.json), for
 * the answers the production server sends itself: no framing unless the answer is made for it.
 */
export function standardHeaders(frameable = false): Record<string, string> {
  return { ...Object.fromEntries(securityHeaders.everywhere), ...(frameable ? {} : { [securityHeaders.noFraming[0]]: securityHeaders.noFraming[1] }) };
}
