using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class QuandlRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.UrlSafe, 20, 1);

    private static readonly string LettersOnly = FakeKey.Random(TestKeys.Letters, 20, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("quandl-api-key", Key, "QUANDL_API_KEY")
        .FindsIn("quandl-api-key", "the quandl package's ApiConfig", $"import quandl\nquandl.ApiConfig.api_key = \"{Key}\"\ndata = quandl.get(\"WIKI/AAPL\")\n", Key)
        .FindsIn("quandl-api-key", "nasdaqdatalink, a key of letters only", $"nasdaqdatalink.ApiConfig.api_key = '{LettersOnly}'\n", LettersOnly)
        .FindsIn("quandl-api-key", "a data.nasdaq.com URL in JavaScript", $"fetch(`https://data.nasdaq.com/api/v3/datasets/FRED/GDP.json?api_key={Key}`)\n", Key)
        .FindsIn("quandl-api-key", "R's Quandl.api_key", $"library(Quandl)\nQuandl.api_key(\"{Key}\")\n", Key)
        .FindsIn("quandl-api-key", "the package's environment variable in a .env file", $"NASDAQ_DATA_LINK_API_KEY={Key}\n", Key)
        .Ignores("quandl-api-key", "no Quandl named", $"\"sku\": \"{Key}\"")
        .Ignores("quandl-api-key", "one case only", $"quandl_dataset: {FakeKey.Random(TestKeys.LowerAlphanumeric, 20, 3)}\n")
        .Ignores("quandl-api-key", "a class name of the same length", "services.AddSingleton<QuandlApiKeyProvider>();\n")
        .Ignores("quandl-api-key", "one character short", $"quandl: {Key[..^1]}");
}
