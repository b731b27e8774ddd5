using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PostmarkRulesSamples
{
    private static readonly string PostmarkServerTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("postmark-server-token", PostmarkServerTokenKey, "POSTMARK_SERVER_TOKEN")
        .Ignores("postmark-server-token", "no postmark context", $"\"checksum\": \"{PostmarkServerTokenKey}\"")
        .Ignores("postmark-server-token", "one character short", $"postmark: {PostmarkServerTokenKey[..^1]}");
}
