using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RancherRulesSamples
{
    private static readonly string Token = FakeKey.Of("tok", "en-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 5, 1), ":", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 54, 2));

    private static readonly string KubeconfigToken = FakeKey.Of("kubeconfig-", "user-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 5, 5), ".c-", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 5, 6), ":", FakeKey.Random("abcdefghijklmnopqrstuvwxyz0123456789", 54, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rancher-api-token", Token, "RANCHER_TOKEN")
        .FindsIn("rancher-api-token", "the Terraform provider", $"provider \"rancher2\" {{\n  api_url   = \"https://rancher.acme.internal\"\n  token_key = \"{Token}\"\n}}", Token)
        .Ignores("rancher-api-token", "a token's name without its key", "rancher_token_name: token-x7k2p")
        .FindsIn("rancher-api-token", "a kubeconfig's token", $"users:\n- name: local\n  user:\n    token: {KubeconfigToken}\n", KubeconfigToken);
}
