/// <reference types="vite/client" />
// Browser tests render with the kit's real styles (Tailwind + theme), so layout can be checked.
import './browser.css';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait for what they check; on a busy machine that takes longer than 1 s.
configure({ asyncUtilTimeout: 15_000 });
