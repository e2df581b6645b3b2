// readiness-fix-7, FR-TEST-01: Export the blob logs.
targetScope = 'resourceGroup'

@description('The workspace\'s id.')
param workspaceId string

// The resource the change hangs on. Its API version only types the symbol: the deployment uses its id.
resource target 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  name: 'stlogs/default'
}

resource change 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: target
  name: 'readiness-export'
  properties: {
    logs: [
      {
        categoryGroup: 'allLogs'
        enabled: true
      }
    ]
    workspaceId: workspaceId
  }
}
