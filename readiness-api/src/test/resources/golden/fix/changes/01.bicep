// readiness-fix-1, FR-TEST-01: Turn on Defender for Servers.
targetScope = 'subscription'

resource change 'Microsoft.Security/pricings@2024-01-01' = {
  name: 'VirtualMachines'
  properties: {
    extensions: [
      {
        isEnabled: 'True'
        name: 'FileIntegrityMonitoring'
      }
    ]
    pricingTier: 'Standard'
  }
}
