using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HetznerRulesSamples
{
    private static readonly string Token = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 30, 1), "Qx7", FakeKey.Random(FakeKey.Base62, 31, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("hetzner-cloud-api-token", Token, "HCLOUD_TOKEN")
        .FindsIn("hetzner-cloud-api-token", "the Go client", $"client := hcloud.NewClient(\n\thcloud.WithToken(\"{Token}\"),\n)\n", Token)
        .FindsIn("hetzner-cloud-api-token", "a tfvars file", $"# Hetzner Cloud\nhcloud_token = \"{Token}\"\n", Token)
        .Ignores("hetzner-cloud-api-token", "no hcloud or Hetzner near", $"value: {Token}\n")
        .Ignores("hetzner-cloud-api-token", "a SHA-256 digest", $"hcloud_image_sha256 = \"{FakeKey.Random("0123456789abcdef", 64, 3)}\"\n")
        .Ignores("hetzner-cloud-api-token", "one character short", $"hcloud: {Token[..^1]}\n");
}
