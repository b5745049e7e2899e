/// <reference types="vite/client" />
// Browser tests render with the kit's real styles (Tailwind + theme), so layout can be checked.
import './browser.css';
