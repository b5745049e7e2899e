import { configure } from '@testing-library/react';

// findBy… and waitFor wait for what they check; on a busy machine that takes longer than 1 s.
configure({ asyncUtilTimeout: 15_000 });
