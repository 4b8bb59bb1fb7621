import type { Preview } from '@storybook/web-components-vite';
// Stories use the same definitions as the drop-in script (guarded, so double registration is harmless).
import '../src/define.js';

const preview: Preview = {
  parameters: { layout: 'padded', controls: { expanded: true } },
};

export default preview;
