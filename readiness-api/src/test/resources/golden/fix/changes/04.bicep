// readiness-fix-4, FR-TEST-01: Attach the NSG.
targetScope = 'resourceGroup'

@description('The suffix of the new NSG.')
param nicNsgSuffix string

resource change 'Microsoft.Network/networkInterfaces@2024-05-01' = {
  name: 'nic1'
  properties: {
    networkSecurityGroup: {
      id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app/providers/Microsoft.Network/networkSecurityGroups/nic1${nicNsgSuffix}'
    }
  }
}
