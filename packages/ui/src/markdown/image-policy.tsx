import * as React from 'react';

/**
 * Where markdown images may load from. By default only the page's own origin (and inline `data:`
 * images the sanitiser allows): an image elsewhere would tell its host who read the reply and
 * when (a tracking pixel), so it is offered as a link the user can choose to open instead.
 */
export interface ImagePolicy {
  /** Origins (`https://images.example.com`) whose images load inline, besides the page's own. */
  allowedOrigins: readonly string[];
}

const ImagePolicyContext = React.createContext<ImagePolicy>({ allowedOrigins: [] });

/**
 * Lets markdown below load images from these origins too (`https:` only).
 * @example <ImagePolicyProvider allowedOrigins={['https://cdn.example.com']}><Thread /></ImagePolicyProvider>
 */
export function ImagePolicyProvider({
  allowedOrigins,
  children,
}: {
  allowedOrigins: readonly string[];
  children?: React.ReactNode;
}) {
  const value = React.useMemo(() => ({ allowedOrigins }), [allowedOrigins]);
  return <ImagePolicyContext.Provider value={value}>{children}</ImagePolicyContext.Provider>;
}

/** The image policy in scope. */
export function useImagePolicy(): ImagePolicy {
  return React.useContext(ImagePolicyContext);
}

/** Whether an already-sanitised image URL may load under `policy`. */
export function imageMayLoad(src: string, policy: ImagePolicy): boolean {
  if (src.startsWith('data:') || src.startsWith('blob:')) return true;
  const here = typeof location === 'undefined' ? undefined : location.origin;
  let url: URL;
  try {
    url = new URL(src, here ?? 'http://relative.invalid');
  } catch {
    return false;
  }
  if (here === undefined) return url.origin === 'http://relative.invalid';
  if (url.origin === here) return true;
  return url.protocol === 'https:' && policy.allowedOrigins.includes(url.origin);
}
