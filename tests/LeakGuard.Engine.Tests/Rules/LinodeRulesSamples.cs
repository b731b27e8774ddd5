using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LinodeRulesSamples
{
    private static readonly string LinodeTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 64, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("linode-token", LinodeTokenKey, "LINODE_TOKEN")
        .Ignores("linode-token", "no linode context", $"\"checksum\": \"{LinodeTokenKey}\"")
        .Ignores("linode-token", "one character short", $"linode: {LinodeTokenKey[..^1]}");
}
