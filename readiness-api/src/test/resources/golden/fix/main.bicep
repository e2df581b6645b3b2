// Left out of this template, made only by fix.sh:
// A template can only PUT a whole resource, and a PATCH sets only some of its fields: as a PUT it would fail for want of the fields it leaves out (such as location and sku) or reset them (such as tags and identity), so fix.sh makes these changes with az rest --method patch.
// - FR-TEST-01: PATCH /subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv?api-version=2023-07-01 sets {"properties":{"enablePurgeProtection":true}} (Turn on purge protection.)

targetScope = 'subscription'

@description('The workspace\'s id.')
param workspaceId string = '/ws/it\'s \${here}'

@description('The suffix of the new NSG.')
param nicNsgSuffix string = '-nsg'

@description('The group of the alerts.')
param alertResourceGroup string = 'rg-security'

module change1 'changes/01.bicep' = {
  scope: subscription('00000000-0000-0000-0000-000000000001')
  name: 'readiness-fix-1'
}

module change2 'changes/02.bicep' = {
  scope: subscription('00000000-0000-0000-0000-000000000001')
  name: 'readiness-fix-2'
  params: {
    workspaceId: workspaceId
  }
}

module change3 'changes/03.bicep' = {
  scope: resourceGroup('00000000-0000-0000-0000-000000000001', 'rg-app')
  name: 'readiness-fix-3'
  params: {
    nicNsgSuffix: nicNsgSuffix
  }
}

module change4 'changes/04.bicep' = {
  scope: resourceGroup('00000000-0000-0000-0000-000000000001', 'rg-app')
  name: 'readiness-fix-4'
  params: {
    nicNsgSuffix: nicNsgSuffix
  }
  dependsOn: [
    change3
  ]
}

module change5 'changes/05.bicep' = {
  scope: resourceGroup('00000000-0000-0000-0000-000000000001', 'rg-app')
  name: 'readiness-fix-5'
  params: {
    workspaceId: workspaceId
    nicNsgSuffix: nicNsgSuffix
  }
  dependsOn: [
    change3
  ]
}

module change6 'changes/06.bicep' = {
  scope: resourceGroup('00000000-0000-0000-0000-000000000001', 'rg-app')
  name: 'readiness-fix-6'
}

module change7 'changes/07.bicep' = {
  scope: resourceGroup('00000000-0000-0000-0000-000000000001', 'rg-app')
  name: 'readiness-fix-7'
  params: {
    workspaceId: workspaceId
  }
  dependsOn: [
    change6
  ]
}

module change8 'changes/08.bicep' = {
  scope: resourceGroup('00000000-0000-0000-0000-000000000001', alertResourceGroup)
  name: 'readiness-fix-8'
}

module change9 'changes/09.bicep' = {
  scope: tenant()
  name: 'readiness-fix-9'
  params: {
    workspaceId: workspaceId
  }
}
