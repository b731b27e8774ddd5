using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;

// LeakyApp after LeakGuard's "Read from configuration" fix: the key lives in user secrets while developing
// (dotnet user-secrets set "OpenAI:ApiKey" <key>) and in an environment variable in production
// (OpenAI__ApiKey=<key>), never in the code. The old key was committed, so it was rotated.
IConfiguration configuration = new ConfigurationBuilder()
    .AddUserSecrets<Marker>()
    .AddEnvironmentVariables()
    .Build();

var openAiApiKey = configuration["OpenAI:ApiKey"]
    ?? throw new InvalidOperationException("Missing configuration value 'OpenAI:ApiKey'. Set it with: dotnet user-secrets set \"OpenAI:ApiKey\" <key>");

using var http = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", openAiApiKey);

var request = new { model = "gpt-4o-mini", messages = new[] { new { role = "user", content = "Say hello." } } };
if (args.Contains("--send"))
{
    using var response = await http.PostAsJsonAsync("chat/completions", request);
    Console.WriteLine($"OpenAI answered {(int)response.StatusCode}");
}
else
{
    Console.WriteLine("Run with --send to call the API.");
}

internal sealed class Marker;
