package dev.readiness.api.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Resource;
import org.junit.jupiter.api.Test;

class SecretSanitizerTest {
  private static final String VM =
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/"
          + "Microsoft.Compute/virtualMachines/vm1";

  @Test
  void removesKnownSecretFieldsWhereverTheyAre() {
    Resource vm =
        Resource.parse(
            """
            {"id": "%s", "type": "Microsoft.Compute/virtualMachines",
             "properties": {"osProfile": {"adminUsername": "fakeadmin",
               "adminPassword": "P@ssw0rd-fake", "customData": "ZmFrZQ=="},
               "nested": [{"connectionString": "Server=x"}]}}"""
                .formatted(VM));

    Resource clean = SecretSanitizer.standard().sanitize(vm);

    assertThat(clean.at("/properties/osProfile/adminUsername").text()).hasValue("fakeadmin");
    assertThat(clean.at("/properties/osProfile/adminPassword").isMissing()).isTrue();
    assertThat(clean.at("/properties/osProfile/customData").isMissing()).isTrue();
    assertThat(clean.at("/properties/nested/0/connectionString").isMissing()).isTrue();
  }

  @Test
  void keepsAppSettingNamesButDropsTheirValues() {
    Resource config =
        Resource.parse(
            """
            {"id": "%s/config/web", "type": "Microsoft.Web/sites/config",
             "properties": {"minTlsVersion": "1.2",
               "appSettings": [{"name": "API_TOKEN", "value": "fake-secret-value"}]}}"""
                .formatted(VM.replace("Microsoft.Compute/virtualMachines", "Microsoft.Web/sites")));

    Resource clean = SecretSanitizer.standard().sanitize(config);

    assertThat(clean.at("/properties/appSettings/0/name").text()).hasValue("API_TOKEN");
    assertThat(clean.at("/properties/appSettings/0/value").isMissing()).isTrue();
    assertThat(clean.at("/properties/minTlsVersion").text()).hasValue("1.2");
  }

  @Test
  void masksSecretLookingTextInAnyString() {
    String pem = "-----BEGIN RSA PRIVATE KEY-----\nZmFrZWtleQ==\n-----END RSA PRIVATE KEY-----";
    String jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJmYWtlIn0.c2lnbmF0dXJl";

    assertThat(
            SecretSanitizer.maskText(
                "https://st.blob.core.windows.net/c?sv=2022-11-02&sig=ZmFrZXNpZw%3D%3D&se=x"))
        .isEqualTo("https://st.blob.core.windows.net/c?sv=2022-11-02&sig=***&se=x");
    assertThat(
            SecretSanitizer.maskText(
                "DefaultEndpointsProtocol=https;AccountName=st;AccountKey=ZmFrZQ==;"))
        .isEqualTo("DefaultEndpointsProtocol=https;AccountName=st;AccountKey=***;");
    assertThat(SecretSanitizer.maskText("Endpoint=sb://x/;SharedAccessKey=ZmFrZQ="))
        .isEqualTo("Endpoint=sb://x/;SharedAccessKey=***");
    assertThat(SecretSanitizer.maskText("key: " + pem)).doesNotContain("ZmFrZWtleQ");
    assertThat(SecretSanitizer.maskText("Bearer " + jwt)).isEqualTo("Bearer ***");
    assertThat(SecretSanitizer.maskText("nothing secret here")).isEqualTo("nothing secret here");
  }

  /** The patterns that ignore case are not skipped for text that spells their literal otherwise. */
  @Test
  void masksSecretTextWhateverItsCase() {
    assertThat(SecretSanitizer.maskText("https://x/c?SV=1&SIG=ZmFrZXNpZw"))
        .doesNotContain("ZmFrZXNpZw");
    assertThat(SecretSanitizer.maskText("https://f/api/x?CODE=ZmFrZWNvZGU"))
        .doesNotContain("ZmFrZWNvZGU");
    assertThat(SecretSanitizer.maskText("authorization: bEaReR ZmFrZXRva2Vu"))
        .doesNotContain("ZmFrZXRva2Vu");
    assertThat(SecretSanitizer.maskText("Server=x;PASSWORD=ZmFrZXB3ZA;"))
        .doesNotContain("ZmFrZXB3ZA");
    assertThat(SecretSanitizer.maskText("a=b, c=d")).isEqualTo("a=b, c=d");
  }

  @Test
  void aKeyVaultSecretKeepsItsAttributesButNeverItsValue() {
    Resource secret =
        Resource.parse(
            """
            {"id": "%s/secrets/db-password", "type": "Microsoft.KeyVault/vaults/secrets",
             "properties": {"value": "fake-secret-value", "attributes": {"exp": 1900000000}}}"""
                .formatted(
                    VM.replace(
                        "Microsoft.Compute/virtualMachines/vm1", "Microsoft.KeyVault/vaults/kv1")));

    Resource clean = SecretSanitizer.standard().sanitize(secret);

    assertThat(clean.at("/properties/value").isMissing()).isTrue();
    assertThat(clean.at("/properties/attributes/exp").longValue()).hasValue(1900000000L);
  }
}
