// readiness-fix-3, FR-TEST-01: Create the NSG.
targetScope = 'resourceGroup'

@description('The suffix of the new NSG.')
param nicNsgSuffix string

resource change 'Microsoft.Network/networkSecurityGroups@2024-05-01' = {
  name: 'nic1${nicNsgSuffix}'
  location: 'westeurope'
  properties: {
    flowTimeout: json('1.5')
    priority: -4096
    securityRules: []
  }
  tags: {
    label: '[not an expression]'
    note: 'it\'s \\ \${not} a \'param\' ${nicNsgSuffix}'
    'odata.kind': ''
  }
}
