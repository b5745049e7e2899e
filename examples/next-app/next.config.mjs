/** @type {import('next').NextConfig} */
const nextConfig = {
  // The proxy (and the mock platform it embeds when no upstream is set) run as plain Node packages.
  serverExternalPackages: ['@agent-chat/proxy', '@agent-chat/mock-server'],
};

export default nextConfig;
