import base from '@storeloom/eslint-config/base';
import nextjs from '@storeloom/eslint-config/nextjs';
import react from '@storeloom/eslint-config/react';

export default [...base, ...react, ...nextjs];
