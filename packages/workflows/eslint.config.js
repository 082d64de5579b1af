import base from '@storeloom/eslint-config/base';

export default [...base];
