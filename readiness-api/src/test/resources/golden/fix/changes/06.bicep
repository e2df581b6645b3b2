// readiness-fix-6, FR-TEST-01: Keep blob versions.
targetScope = 'resourceGroup'

resource change 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  name: 'stlogs/default'
  properties: {
    isVersioningEnabled: true
  }
}
