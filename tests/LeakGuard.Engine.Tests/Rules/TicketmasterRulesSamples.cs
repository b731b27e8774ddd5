using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TicketmasterRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ticketmaster-api-key", Key, "TICKETMASTER_API_KEY")
        .FindsIn("ticketmaster-api-key", "an events URL", $"https://app.ticketmaster.com/discovery/v2/events.json?keyword=jazz&apikey={Key}", Key)
        .FindsByName("ticketmaster-api-key", "a variable the URL takes", $"var apiKey = \"{Key}\";", "var apiUrl = \"https://app.ticketmaster.com/discovery/v2/events.json?keyword=\" + keyword + \"&apikey=\" + apiKey;", Key)
        .Ignores("ticketmaster-api-key", "no Ticketmaster named", $"value: {Key}");
}
