using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WebexRulesSamples
{
    private static readonly string Token = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 64, 1), "_", "PF84", "_", TestKeys.Uuid(2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("webex-access-token", Token, "WEBEX_BOT_TOKEN")
        .FindsIn("webex-access-token", "a Go notifier's bot token", $"var (\n\twebexBotToken      = \"{Token}\"\n\troomID             = os.Getenv(\"ROOM\")\n)", Token)
        .Ignores("webex-access-token", "no Webex near", $"\"checksum\": \"{Token}\"")
        .Ignores("webex-access-token", "one character short of the 64", $"webex room: {Token[1..]}");
}
