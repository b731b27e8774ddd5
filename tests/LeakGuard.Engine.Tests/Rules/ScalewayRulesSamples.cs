using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ScalewayRulesSamples
{
    private static readonly string ScalewaySecretKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("scaleway-secret-key", ScalewaySecretKeyKey, "SCW_SECRET_KEY")
        .FindsIn("scaleway-secret-key", "the CLI's config.yaml", $"secret_key: {ScalewaySecretKeyKey}\ndefault_organization_id: {TestKeys.Uuid(7)}\ndefault_region: fr-par\napi_url: https://api.scaleway.com\n", ScalewaySecretKeyKey)
        .FindsIn("scaleway-secret-key", "Terraform's provider block", $"provider \"scaleway\" {{\n  access_key = var.access_key\n  secret_key = \"{ScalewaySecretKeyKey}\"\n}}", ScalewaySecretKeyKey)
        .Ignores("scaleway-secret-key", "an image's and a project's ids in a Scaleway module's example", $"- name: Create a server\n  community.general.scaleway_compute:\n    image: {ScalewaySecretKeyKey}\n    project: {TestKeys.Uuid(8)}\n")
        .Ignores("scaleway-secret-key", "no scaleway context", $"\"checksum\": \"{ScalewaySecretKeyKey}\"")
        .Ignores("scaleway-secret-key", "one character short", $"scaleway: {ScalewaySecretKeyKey[..^1]}");
}
