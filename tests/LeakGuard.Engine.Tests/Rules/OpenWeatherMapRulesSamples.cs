using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpenWeatherMapRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    private static readonly string OtherKey = FakeKey.Random(FakeKey.Hex, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("openweathermap-api-key", Key, "OPENWEATHERMAP_API_KEY")
        .FindsIn("openweathermap-api-key", "the API's URL", $"var url = $\"https://api.openweathermap.org/data/2.5/weather?q={{city}}&appid={Key}\";", Key)
        .FindsIn("openweathermap-api-key", "name passed as context", OtherKey, OtherKey, "OpenWeatherMapAPIKey")
        .FindsIn("openweathermap-api-key", "pyowm's client", $"owm = pyowm.OWM('{Key}')\nmgr = owm.weather_manager()", Key)
        .Ignores("openweathermap-api-key", "no OpenWeather context", $"\"checksum\": \"{Key}\"")
        .Ignores("openweathermap-api-key", "a weather word is not the provider's name", $"weatherHash: {Key}")
        .Ignores("openweathermap-api-key", "31 hex digits", $"openweather: {Key[..^1]}")
        .FindsByName("openweathermap-api-key", "a variable the URL takes", $"const apiKey = \"{Key}\";", "fetch(`https://api.openweathermap.org/data/2.5/weather?q=${city}&units=metric&appid=${apiKey}`)", Key)
        .FindsByName("openweathermap-api-key", "Go's Sprintf, the key its last argument", $"const apiKey = \"{Key}\"", "url := fmt.Sprintf(\"https://api.openweathermap.org/data/2.5/weather?q=%s&appid=%s\", city, apiKey)", Key)
        .FindsByName("openweathermap-api-key", "Python's % operator", $"APIID = \"{Key}\"", "url = \"api.openweathermap.org/data/2.5/weather?q=%s&appid=%s\" % (l, APIID)", Key)
        .FindsByName("openweathermap-api-key", "C#'s string.Format", $"private const string Key = \"{Key}\";", "var url = string.Format(\"https://api.openweathermap.org/data/2.5/weather?q={0}&appid={1}\", city, Key);", Key)
        .FindsByName("openweathermap-api-key", "a request's parameters", $"api_key = \"{Key}\"", "base_url = \"http://api.openweathermap.org/data/2.5/weather\"\nparams = {\"q\": city, \"appid\": api_key, \"units\": \"metric\"}", Key);
}
