// TypeScript types for the card's operations, from the server's schema as it prints it (schema.graphql, checked
// against the server by CustomerCardTest) and the operation files.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: '../../api/src/main/resources/static/customer-card/*.graphql',
  generates: {
    'src/generated/operations.ts': {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: false,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown', Long: 'number' },
        useTypeImports: true,
      },
    },
  },
};

export default config;
