// readiness-fix-9, FR-TEST-01: Export the Entra ID logs.
targetScope = 'tenant'

@description('The workspace\'s id.')
param workspaceId string

resource change 'microsoft.aadiam/diagnosticSettings@2017-04-01' = {
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
