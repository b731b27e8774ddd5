using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NasaRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nasa-api-key", Key, "NASA_API_KEY")
        .FindsIn("nasa-api-key", "a request URL", $"https://api.nasa.gov/planetary/apod?api_key={Key}&count=5", Key)
        .Ignores("nasa-api-key", "no NASA named", $"value: {Key}")
        .FindsByName("nasa-api-key", "a URL whose host a constant beside it holds", $"const apiKey = \"{Key}\";", "const apod = \"https://api.nasa.gov/planetary/apod\";\nfetch(`${apod}?api_key=${apiKey}&date=${date}`)", Key)
        .FindsByName("nasa-api-key", "an api.data.gov key on USDA's FoodData Central", $"api_key = '{Key}'  # API key", "url = f\"https://api.nal.usda.gov/fdc/v1/foods/search?api_key={api_key}&query={query}\"", Key);
}
