// readiness-fix-8, FR-TEST-01: Alert on changes.
targetScope = 'resourceGroup'

resource change 'Microsoft.Insights/activityLogAlerts@2020-10-01' = {
  name: 'changes'
  location: 'Global'
  properties: {
    enabled: true
  }
}
