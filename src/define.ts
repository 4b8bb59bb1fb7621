/** Side-effect entry for npm users: `import 'awas-widgets/define'` registers every tag (guarded, versioned). */
import { defineAll } from './define-all.js';

defineAll();
