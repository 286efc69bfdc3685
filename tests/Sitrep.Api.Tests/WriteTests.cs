using System.Net;
using System.Text;
using System.Text.Json;

namespace Sitrep.Api.Tests;

/// <summary>One writable server (real pipeline over the test gazetteer) for a test class.</summary>
public sealed class WriteFixture : IAsyncLifetime
{
    public TestStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await TestStore.StartAsync(maxBodyBytes: 8192);

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

/// <summary>POST /api/dispatches: key, content type, size and rate limits, bad bodies, and a real analysis.</summary>
public sealed class WriteTests(WriteFixture fixture) : IClassFixture<WriteFixture>
{
    private HttpClient Http => fixture.Store.Http;

    private static HttpRequestMessage Post(string body, string? key = TestStore.ApiKey, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/dispatches") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpRequestMessage request)
    {
        using var r = await Http.SendAsync(request);
        return (r.StatusCode, JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Theory]
    [InlineData(null, "missing_api_key", "no key")]
    [InlineData("", "missing_api_key", "an empty key")]
    [InlineData("guess", "wrong_api_key", "a wrong key")]
    [InlineData("test-key-012", "wrong_api_key", "a prefix of the key")]
    public async Task Writes_without_the_right_key_are_401(string? key, string code, string why)
    {
        // When
        var (status, body) = await Send(Post("{\"text\": \"Rebels shelled Homs on Monday.\"}", key));
        // Then
        Assert.True(status == HttpStatusCode.Unauthorized, why);
        Assert.Equal(code, body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("not json", "application/json", 400, "bad_body", "a body that is not JSON")]
    [InlineData("[1, 2]", "application/json", 400, "bad_body", "JSON but not an object")]
    [InlineData("{\"title\": \"no text\"}", "application/json", 400, "bad_field", "the text is missing")]
    [InlineData("{\"text\": \"   \"}", "application/json", 400, "bad_field", "the text is blank")]
    [InlineData("{\"text\": 42}", "application/json", 400, "bad_field", "the text is not a string")]
    [InlineData("{\"text\": \"x\", \"date\": \"2017-02-30\"}", "application/json", 400, "bad_field", "a day that does not exist")]
    [InlineData("{\"text\": \"x\", \"language\": \"de\"}", "application/json", 400, "bad_field", "a language Sitrep does not read")]
    [InlineData("{\"text\": \"x\", \"colour\": \"red\"}", "application/json", 400, "unknown_field", "an unknown field")]
    [InlineData("text=hello", "application/x-www-form-urlencoded", 415, "unsupported_media_type", "a form, not JSON")]
    [InlineData("{\"text\": \"' OR 1=1; DROP TABLE dispatches; --\", \"id\": \"'); DELETE FROM events; --\"}", "text/plain", 415, "unsupported_media_type", "SQL in a body sent as text")]
    public async Task Bad_bodies_are_4xx_with_a_message(string body, string contentType, int expected, string code, string why)
    {
        // When
        var (status, error) = await Send(Post(body, contentType: contentType));
        // Then
        Assert.True(expected == (int)status, $"{why}: {status}");
        Assert.Equal(code, error.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData(true, "Content-Length announces the size")]
    [InlineData(false, "chunked: the size is only known while reading")]
    public async Task Oversized_bodies_are_413(bool withLength, string why)
    {
        // Given a body over the 8 KiB limit
        var json = "{\"text\": \"" + new string('a', 20_000) + "\"}";
        HttpContent content = withLength
            ? new StringContent(json, Encoding.UTF8, "application/json")
            : new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        if (!withLength)
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "api/dispatches") { Content = content };
        request.Headers.Add("X-Api-Key", TestStore.ApiKey);
        if (!withLength)
            request.Headers.TransferEncodingChunked = true;
        // When
        var (status, body) = await Send(request);
        // Then
        Assert.True(status == HttpStatusCode.RequestEntityTooLarge, $"{why}: {status}");
        Assert.Equal("body_too_large", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_dispatch_with_sql_metacharacters_is_analysed_stored_and_read_back_verbatim()
    {
        // Given an English dispatch whose text and id hold SQL
        var text = "Government forces shelled rebel positions in Homs on Tuesday, killing five fighters, a monitor said. ' OR 1=1; DROP TABLE dispatches; --";
        var payload = JsonSerializer.Serialize(new { id = "api'); DELETE FROM events; --", date = "2017-04-04", source = "Test \"Wire\"", text });
        // When
        var (status, stored) = await Send(Post(payload));
        // Then it is stored as sent, analysed by the real pipeline, and readable
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(text, stored.GetProperty("text").GetString());
        Assert.Equal("en", stored.GetProperty("language").GetString());
        var id = stored.GetProperty("id").GetString();
        var again = JsonDocument.Parse(await Http.GetStringAsync("api/dispatches/" + id)).RootElement;
        Assert.Equal("api'); DELETE FROM events; --", again.GetProperty("external_id").GetString());
        var meta = JsonDocument.Parse(await Http.GetStringAsync("api/meta")).RootElement;
        Assert.True(meta.GetProperty("events").GetInt32() >= 3, "no event was deleted");
        // And sending it again stores nothing new
        var (second, _) = await Send(Post(payload));
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public async Task Writes_are_refused_when_the_operator_set_no_key()
    {
        // Given a server started without a key
        await using var store = await TestStore.StartAsync(apiKey: null, withAnalyzer: false);
        var request = new HttpRequestMessage(HttpMethod.Post, "api/dispatches") { Content = new StringContent("{\"text\":\"x\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", "anything");
        // When
        using var r = await store.Http.SendAsync(request);
        // Then
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("--api-key", await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Writes_beyond_the_rate_limit_are_429()
    {
        // Given a server that accepts two writes a minute
        await using var store = await TestStore.StartAsync(writesPerMinute: 2, withAnalyzer: false);
        var codes = new List<HttpStatusCode>();
        // When three writes arrive (each refused for its body, but counted)
        for (int i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "api/dispatches") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Api-Key", TestStore.ApiKey);
            using var r = await store.Http.SendAsync(request);
            codes.Add(r.StatusCode);
        }
        // Then the third is throttled, and reads are not
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[2]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, codes.Take(2));
        Assert.Equal(HttpStatusCode.OK, (await store.Http.GetAsync("api/events")).StatusCode);
    }
}
