using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpenShiftRulesSamples
{
    private static readonly string Token = FakeKey.Of("sha", "256~", FakeKey.Random(FakeKey.UrlSafe, 43, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("openshift-user-token", Token, "OPENSHIFT_TOKEN")
        .FindsIn("openshift-user-token", "oc login", $"oc login --token={Token} --server=https://api.cluster.example:6443", Token)
        .Ignores("openshift-user-token", "a sha256 digest", "image@sha256:" + FakeKey.Random(FakeKey.Hex, 64, 4))
        .Ignores("openshift-user-token", "one character short", $"value: {Token[..^1]}");
}
