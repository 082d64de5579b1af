import base from '@storeloom/eslint-config/base';
import react from '@storeloom/eslint-config/react';

export default [...base, ...react];
