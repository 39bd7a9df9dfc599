/** A link a reader follows to share an article; plain URLs, no third-party script. */
export interface ShareLink {
  network: 'facebook' | 'x' | 'email';
  label: string;
  href: string;
}

/** Share links for an article at the absolute `url`. */
export function getShareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  const encodedUrl = encodeURIComponent(url);
  return [
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}` },
    { network: 'x', label: 'X (Twitter)', href: `https://x.com/intent/post?url=${encodedUrl}&text=${encodeURIComponent(title)}` },
    { network: 'email', label: 'Email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodedUrl}` },
  ];
}
