// readiness-fix-5, FR-TEST-01: Export the NSG's logs.
targetScope = 'resourceGroup'

@description('The workspace\'s id.')
param workspaceId string

@description('The suffix of the new NSG.')
param nicNsgSuffix string

// The resource the change hangs on. Its API version only types the symbol: the deployment uses its id.
resource target 'Microsoft.Network/networkSecurityGroups@2024-05-01' existing = {
  name: 'nic1${nicNsgSuffix}'
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
