using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MapTilerRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 20, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("maptiler-api-key", Key, "MAPTILER_API_KEY")
        .FindsIn("maptiler-api-key", "a request URL", $"https://api.maptiler.com/maps/streets-v2/style.json?key={Key}", Key)
        .Ignores("maptiler-api-key", "no MapTiler named", $"value: {Key}")
        .FindsByName("maptiler-api-key", "React state the style URL takes", $"const [API_KEY] = useState(\"{Key}\");", "style: `https://api.maptiler.com/maps/streets/style.json?key=${API_KEY}`,", Key);
}
