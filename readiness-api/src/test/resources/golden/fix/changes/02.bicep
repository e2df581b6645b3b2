// readiness-fix-2, FR-TEST-01: Export the Activity Log.
targetScope = 'subscription'

@description('The workspace\'s id.')
param workspaceId string

resource change 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
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
