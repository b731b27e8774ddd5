using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HashiCorpRulesSamples
{
    private static readonly string TerraformCloudTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 14, 1), ".atlas", "v1.", FakeKey.Random(FakeKey.UrlSafe, 67, 2));

    private static readonly string VaultServiceTokenKey = FakeKey.Of("hv", "s.", FakeKey.Random(FakeKey.UrlSafe, 95, 11));

    private static readonly string VaultBatchTokenKey = FakeKey.Of("hv", "b.", FakeKey.Random(FakeKey.UrlSafe, 150, 21));

    private static readonly string VaultRootToken = FakeKey.Of("hv", "s.", FakeKey.Random(FakeKey.Base62, 24, 51));

    private static readonly string LegacyVaultToken = FakeKey.Of("s", ".", FakeKey.Random(FakeKey.Base62, 24, 41));

    private static readonly string ShortSignedToken = FakeKey.Of("hv", "s.", "CA", "ES", FakeKey.Random(FakeKey.UrlSafe, 83, 56));

    // A share of the unseal key: base 64 of 33 random bytes.
    private static readonly string UnsealKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 44, 61));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("terraform-cloud-token", TerraformCloudTokenKey, "API_KEY")
        .Ignores("terraform-cloud-token", "embedded in a longer token", "value: Q" + TerraformCloudTokenKey)
        .Ignores("terraform-cloud-token", "one character below the minimum length", $"value: {TerraformCloudTokenKey[..82]}")
        .Finds("vault-service-token", VaultServiceTokenKey, "API_KEY")
        .FindsIn("vault-service-token", "a shell's default", $"export VAULT_TOKEN=\"${{VAULT_TOKEN:-{VaultServiceTokenKey}}}\"\n", VaultServiceTokenKey)
        .Ignores("vault-service-token", "embedded in a longer token", "value: Q" + VaultServiceTokenKey)
        .FindsIn("vault-service-token", "a shorter signed token in a Makefile", $"VAULT_ADDR ?= https://vault.internal:8200\nVAULT_TOKEN ?= {ShortSignedToken}\n", ShortSignedToken)
        .Ignores("vault-service-token", "a short token without the protobuf's start", "VAULT_TOKEN=" + FakeKey.Of("hv", "s.", FakeKey.Random(FakeKey.Base62, 70, 57)))
        .FindsIn("vault-service-token", "a root token", $"export VAULT_TOKEN=\"{VaultRootToken}\"", VaultRootToken)
        .Ignores("vault-service-token", "a root token's length in one case", "VAULT_TOKEN=" + FakeKey.Of("hv", "s.", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 24, 52)))
        .Ignores("vault-service-token", "a root token one character short", $"VAULT_TOKEN={VaultRootToken[..^1]}")
        .Ignores("vault-service-token", "a property of a variable named hvs", "var listener = hvs.addEventListenerOnceMore(handler);")
        .Ignores("vault-service-token", "one character below the minimum length", $"value: {VaultServiceTokenKey[..93]}")
        .FindsIn("vault-legacy-service-token", "VAULT_TOKEN", $"export VAULT_TOKEN={LegacyVaultToken}", LegacyVaultToken)
        .FindsIn("vault-legacy-service-token", "the Vault header", $"curl -H \"X-Vault-Token: {LegacyVaultToken}\" https://vault.example.test/v1/secret/app", LegacyVaultToken)
        .Ignores("vault-legacy-service-token", "no Vault nearby", $"value = \"{LegacyVaultToken}\"")
        .Ignores("vault-legacy-service-token", "a dotted name next to Vault", "vault.read(\"s.ReadConfigurationValueXY\")")
        .Finds("vault-batch-token", VaultBatchTokenKey, "API_KEY")
        .Ignores("vault-batch-token", "embedded in a longer token", "value: Q" + VaultBatchTokenKey)
        .Ignores("vault-batch-token", "one character below the minimum length", $"value: {VaultBatchTokenKey[..141]}")
        .FindsIn("vault-unseal-key", "vault operator init's output in a runbook", $"```text\nUnseal Key 1: {UnsealKey}\n```\n", UnsealKey)
        .FindsIn("vault-unseal-key", "vault operator init -format=json", $"{{\n  \"unseal_keys_b64\": [\n    \"{UnsealKey}\"\n  ],\n  \"unseal_shares\": 1\n}}", UnsealKey)
        .Ignores("vault-unseal-key", "a placeholder in the docs", "Unseal Key 1: <unseal key 1>\nvault operator unseal $UNSEAL_KEY_1");
}
