using System.Net.Http.Headers;
using System.Net.Http.Json;

// A small app that asks OpenAI for a chat completion, with its key pasted into the code: the mistake LeakGuard
// exists to catch. Build it and LG0001 points at the key; apply the code fix and the key moves to configuration
// (see ../FixedApp for the result).
//
// The key is fake and joined from parts, so that no whole key sits in this repository for line scanners to flag;
// the analyzer folds the constant parts and sees the key the compiler sees.
const string OpenAiApiKey = "sk-" + "Zq8vN3rT5wXb2mKp9LdF" + "T3Blbk" + "FJ" + "h7GcR4sJ1uYe6QaW0nVt";

using var http = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OpenAiApiKey);

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
