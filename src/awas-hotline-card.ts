/**
 * The hotline-only drop-in, built to dist/awas-hotline-card.js: the life-critical card alone, small enough to arrive
 * in the first network round trip. Same element, same content, same mounts as dist/awas.js.
 */
import { AwasHotlineCard } from '../components/hotline-card/hotline-card.js';
import { dropIn } from './drop-in.js';

dropIn({ 'awas-hotline-card': AwasHotlineCard });
