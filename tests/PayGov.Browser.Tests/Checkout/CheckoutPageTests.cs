using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Receipts;

namespace PayGov.Browser.Tests.Checkout;

/// <summary>The checkout pages without a browser: plain HTTP over Kestrel, cookies and forms as a browser sends them.</summary>
[Collection(CheckoutCollection.Name)]
public sealed class CheckoutPageTests(SqliteGatewayFixture gateway)
{
    private const string NotFoundTitle = "Không tìm thấy trang";

    [Fact]
    public async Task Checkout_link_moves_the_secret_into_a_cookie_for_this_intent_only_and_shows_what_is_owed()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithReference("H26-OWED-1"));

        using var first = await citizen.Http.GetAsync(link);
        var page = await citizen.PageAsync($"/pay/{id}");

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal($"/pay/{id}", first.Headers.Location!.OriginalString);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("paygov_cs=", StringComparison.Ordinal));
        Assert.Contains($"path=/pay/{id}", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
        Assert.Contains("H26-OWED-1", page, StringComparison.Ordinal);
        Assert.Contains("Lệ phí LP.LLTP", page, StringComparison.Ordinal);
        Assert.Contains("100.000&#xA0;₫", page, StringComparison.Ordinal);
        Assert.Contains("50.000&#xA0;₫", page, StringComparison.Ordinal);
        Assert.Contains("150.000&#xA0;₫", page, StringComparison.Ordinal);
        Assert.Contains("value=\"momo\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"zalopay\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"vnpay\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"vietqr\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("sinh trắc học", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Above_ten_million_a_bank_transfer_is_preceded_by_the_biometric_check_notice()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithAmount(15_000_000));

        var chooser = await citizen.OpenCheckoutAsync(link);
        using var started = await citizen.SubmitAsync(chooser, $"/pay/{id}/attempts", ("way", "vietqr"));
        var transfer = await citizen.PageAsync(started.Headers.Location!.OriginalString);

        Assert.Contains("ứng dụng ngân hàng sẽ yêu cầu xác thực sinh trắc học", chooser, StringComparison.Ordinal);
        Assert.True(chooser.IndexOf("sinh trắc học", StringComparison.Ordinal) < chooser.IndexOf("value=\"vietqr\"", StringComparison.Ordinal));
        Assert.Contains("ứng dụng ngân hàng sẽ yêu cầu xác thực sinh trắc học", transfer, StringComparison.Ordinal);
        Assert.Contains("15.000.000&#xA0;₫", transfer, StringComparison.Ordinal);
        Assert.Contains("1023456789", transfer, StringComparison.Ordinal);
        Assert.Contains("Vietcombank (sandbox)", transfer, StringComparison.Ordinal);
        Assert.Contains("<svg", transfer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_wrong_secret_and_an_unknown_id_get_the_same_bare_404()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, _) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithReference("H26-SECRET-1"));

        var noSecret = await citizen.PageAsync($"/pay/{id}", HttpStatusCode.NotFound);
        var wrongSecret = await citizen.PageAsync($"/pay/{id}?cs={id}_secret_AAAAAAAAAAAAAAAAAAAAAAAA", HttpStatusCode.NotFound);
        var unknownId = await citizen.PageAsync("/pay/pi_01ARZ3NDEKTSV4RRFFQ69G5FAV?cs=x", HttpStatusCode.NotFound);
        var notAnId = await citizen.PageAsync("/pay/nonsense?cs=x", HttpStatusCode.NotFound);

        Assert.Contains(NotFoundTitle, noSecret, StringComparison.Ordinal);
        Assert.Equal(noSecret, wrongSecret);
        Assert.Equal(noSecret, unknownId);
        Assert.Equal(noSecret, notAnId);
        Assert.DoesNotContain(id, noSecret, StringComparison.Ordinal);
        Assert.DoesNotContain("H26-SECRET-1", noSecret, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_intents_secret_opens_nothing()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (mine, _) = await citizen.CreateIntentAsync();
        var (_, theirs) = await citizen.CreateIntentAsync();
        var theirSecret = System.Web.HttpUtility.ParseQueryString(new Uri(gateway.BaseAddress, theirs).Query)["cs"];

        var page = await citizen.PageAsync($"/pay/{mine}?cs={theirSecret}", HttpStatusCode.NotFound);
        using var post = await citizen.Http.PostAsync($"/pay/{mine}/attempts", new FormUrlEncodedContent([new("way", "momo")]));

        Assert.Contains(NotFoundTitle, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Citizen_pages_carry_strict_security_headers_and_the_json_api_does_not()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync();
        await citizen.OpenCheckoutAsync(link);

        foreach (var path in new[] { $"/pay/{id}", "/status", "/receipts/BL-2026-00000-00000?v=x" })
        {
            using var response = await citizen.Http.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }

        using var api = await citizen.Portal.GetAsync($"/v1/payment_intents/{id}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.False(api.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_gets_the_400_page_and_starts_nothing()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync();
        await citizen.OpenCheckoutAsync(link);

        using var response = await citizen.Http.PostAsync($"/pay/{id}/attempts", new FormUrlEncodedContent([new("way", "momo")]));
        var html = await response.Content.ReadAsStringAsync();
        var intent = await citizen.Portal.GetJsonAsync($"/v1/payment_intents/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Yêu cầu không hợp lệ", html, StringComparison.Ordinal);
        Assert.Equal("requires_payment_method", intent.Str("status"));
    }

    [Fact]
    public async Task A_canceled_intent_shows_a_clear_page_with_the_way_back()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync();
        await citizen.OpenCheckoutAsync(link);
        using (var cancel = await citizen.Portal.PostRawAsync($"/v1/payment_intents/{id}/cancel", "{}", null))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        var page = await citizen.PageAsync($"/pay/{id}");

        Assert.Contains("Yêu cầu thanh toán đã bị hủy", page, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:3000/dossiers/123?payment_intent={id}&amp;status=canceled", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_intent_shows_a_clear_page()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var expiresAt = gateway.Time.GetUtcNow().AddMinutes(6).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().With("expires_at", expiresAt));
        await citizen.OpenCheckoutAsync(link);

        await Eventually.TrueAsync(
            async () => (await citizen.Portal.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status") == "expired",
            "the expiry job expires the intent",
            eachPoll: () => gateway.Time.Advance(TimeSpan.FromMinutes(1)));
        var page = await citizen.PageAsync($"/pay/{id}");

        Assert.Contains("Yêu cầu thanh toán đã hết hạn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paying_with_MoMo_goes_to_the_sandbox_and_back_and_shows_the_receipt_issued_once()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().With("payer", new System.Text.Json.Nodes.JsonObject { ["name"] = "Nguyễn Văn An" }));
        var chooser = await citizen.OpenCheckoutAsync(link);

        using var started = await citizen.SubmitAsync(chooser, $"/pay/{id}/attempts", ("way", "momo"));
        var providerPage = started.Headers.Location!;
        using var paid = await citizen.Http.PostAsync(providerPage + "/pay", null);
        var back = paid.Headers.Location!;
        using var returned = await citizen.Http.GetAsync(back.PathAndQuery);
        var page = await citizen.PageAsync(returned.Headers.Location!.OriginalString);
        var receipts = await gateway.WithDbAsync(db => db.Receipts.Where(r => r.IntentId == id).ToListAsync());

        Assert.Equal(HttpStatusCode.SeeOther, started.StatusCode);
        Assert.StartsWith("/sandbox/momo/pay/", providerPage.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal($"/pay/{id}/return", back.AbsolutePath);
        Assert.DoesNotContain("cs=", back.Query, StringComparison.Ordinal);
        Assert.Equal($"/pay/{id}", returned.Headers.Location!.OriginalString);
        var receipt = Assert.Single(receipts);
        Assert.Matches("^BL-2026-[0-9A-Z]{5}-[0-9A-Z]{5}$", receipt.Number);
        Assert.Contains("Thanh toán thành công", page, StringComparison.Ordinal);
        Assert.Contains(receipt.Number, page, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", page, StringComparison.Ordinal);
        Assert.Contains("0011 / 426 / 2764 / 1101001 / 00004", page, StringComparison.Ordinal);
        Assert.Contains(receipt.ProviderTransactionId!, page, StringComparison.Ordinal);
        Assert.Contains($"/receipts/{receipt.Number}?v={receipt.VerificationCode}", page, StringComparison.Ordinal);
        Assert.Contains($"payment_intent={id}&amp;status=succeeded", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_return_page_ignores_a_success_claimed_in_its_address()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync();
        var chooser = await citizen.OpenCheckoutAsync(link);
        using var started = await citizen.SubmitAsync(chooser, $"/pay/{id}/attempts", ("way", "zalopay"));

        using var forged = await citizen.Http.GetAsync($"/pay/{id}/return?status=1&resultCode=0&amount=150000&checksum=forged");
        var page = await citizen.PageAsync($"/pay/{id}");
        var state = await citizen.PageAsync($"/pay/{id}/state");
        using var stranger = new HttpClient { BaseAddress = gateway.BaseAddress };
        using var strangersState = await stranger.GetAsync($"/pay/{id}/state");
        var intent = await citizen.Portal.GetJsonAsync($"/v1/payment_intents/{id}");

        Assert.Equal(HttpStatusCode.SeeOther, forged.StatusCode);
        Assert.Equal("processing:2", state);
        Assert.Equal(HttpStatusCode.NotFound, strangersState.StatusCode);
        Assert.Equal("processing", intent.Str("status"));
        Assert.Contains("Đang chờ xác nhận thanh toán", page, StringComparison.Ordinal);
        Assert.Contains("data-state=\"processing:2\"", page, StringComparison.Ordinal);
        Assert.Contains(started.Headers.Location!.AbsoluteUri, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_at_the_provider_brings_the_citizen_back_to_choose_again()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync();
        var chooser = await citizen.OpenCheckoutAsync(link);
        using var started = await citizen.SubmitAsync(chooser, $"/pay/{id}/attempts", ("way", "zalopay"));

        using var declined = await citizen.Http.PostAsync(started.Headers.Location + "/decline", null);
        using var returned = await citizen.Http.GetAsync(declined.Headers.Location!.PathAndQuery);
        var page = await citizen.PageAsync($"/pay/{id}");

        Assert.Contains("Giao dịch trước chưa thành công", page, StringComparison.Ordinal);
        Assert.Contains("value=\"momo\"", page, StringComparison.Ordinal);
        Assert.Equal("requires_payment_method", (await citizen.Portal.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
    }

    [Fact]
    public async Task Amounts_above_a_providers_limit_hide_it_with_the_reason_and_never_suggest_splitting()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithAmount(60_000_000));

        var page = await citizen.OpenCheckoutAsync(link);
        using var forced = await citizen.SubmitAsync(page, $"/pay/{id}/attempts", ("way", "momo"));

        Assert.DoesNotContain("value=\"momo\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"zalopay\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"vnpay\"", page, StringComparison.Ordinal);
        Assert.Contains("Ví MoMo không nhận khoản thanh toán này: số tiền vượt hạn mức 50.000.000&#xA0;₫", page, StringComparison.Ordinal);
        Assert.DoesNotContain("chia", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"/pay/{id}?notice=unavailable", forced.Headers.Location!.OriginalString);
        Assert.Equal("requires_payment_method", (await citizen.Portal.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
    }

    [Fact]
    public async Task Only_the_methods_the_portal_allows_are_offered()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        await gateway.WithDbAsync(async db =>
        {
            var portal = await db.Portals.FirstAsync(p => p.Id == portalId);
            portal.AllowedMethods = ["card"];
            return await db.SaveChangesAsync();
        });
        using var portalClient = gateway.CreateClient(key);
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var intent = await portalClient.CreateIntentOkAsync();
        var id = intent.Str("id");

        var page = await citizen.OpenCheckoutAsync(new Uri(intent.Str("checkout_url")).PathAndQuery);
        using var refused = await citizen.SubmitAsync(page, $"/pay/{id}/attempts", ("way", "momo"));

        Assert.Contains("value=\"vnpay\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"momo\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"zalopay\"", page, StringComparison.Ordinal);
        Assert.Equal($"/pay/{id}?notice=unavailable", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task English_is_one_switch_away_and_is_remembered()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync();
        await citizen.OpenCheckoutAsync(link);

        var english = await citizen.PageAsync($"/pay/{id}?lang=en");
        var again = await citizen.PageAsync($"/pay/{id}");

        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Choose how to pay", english, StringComparison.Ordinal);
        Assert.Contains("150.000&#xA0;₫", english, StringComparison.Ordinal);
        Assert.Contains("Choose how to pay", again, StringComparison.Ordinal);
        Assert.Contains($"href=\"/pay/{id}?lang=vi\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_hold_neither_the_client_secret_nor_the_payer()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().With("payer", new System.Text.Json.Nodes.JsonObject { ["name"] = "Trần Thị Bình" }));
        var chooser = await citizen.OpenCheckoutAsync(link);
        using var started = await citizen.SubmitAsync(chooser, $"/pay/{id}/attempts", ("way", "momo"));
        using var paid = await citizen.Http.PostAsync(started.Headers.Location + "/pay", null);
        using var returned = await citizen.Http.GetAsync(paid.Headers.Location!.PathAndQuery);
        var secret = System.Web.HttpUtility.ParseQueryString(new Uri(gateway.BaseAddress, link).Query)["cs"]!;

        var logged = string.Join('\n', gateway.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])));

        Assert.Contains(id, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("Trần Thị Bình", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_receipt_pdf_opens_only_with_its_code_and_carries_the_receipt()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var receipt = await PaidReceiptAsync(citizen, "H26-PDF-1");

        using var pdf = await citizen.Http.GetAsync($"/receipts/{receipt.Number}/pdf?v={receipt.VerificationCode}");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        using var wrong = await citizen.Http.GetAsync($"/receipts/{receipt.Number}/pdf?v={new string('0', 26)}");
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);

        var text = await PdfText.ReadAsync(bytes);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Biên lai điện tử " + receipt.Number, document.Info.Title);
        Assert.Equal(1, document.PageCount);
        Assert.Contains("BIÊN LAI ĐIỆN TỬ", text, StringComparison.Ordinal);
        Assert.Contains(receipt.Number, text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", text, StringComparison.Ordinal);
        Assert.Contains("Lệ phí LP.LLTP", text, StringComparison.Ordinal);
        Assert.Contains("0011 / 426 / 2764 /", text, StringComparison.Ordinal);
        Assert.Contains("150.000 ₫", text, StringComparison.Ordinal);
        Assert.Contains("(GMT+7)", text, StringComparison.Ordinal);
        Assert.Contains($"/receipts/{receipt.Number}?v={receipt.VerificationCode}", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Fact]
    public async Task Receipt_verification_needs_the_right_code()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var receipt = await PaidReceiptAsync(citizen, "H26-VERIFY-1");

        var verified = await citizen.PageAsync($"/receipts/{receipt.Number}?v={receipt.VerificationCode}");
        var wrongCode = await citizen.PageAsync($"/receipts/{receipt.Number}?v={new string('0', 26)}", HttpStatusCode.NotFound);
        var noCode = await citizen.PageAsync($"/receipts/{receipt.Number}", HttpStatusCode.NotFound);
        var unknown = await citizen.PageAsync($"/receipts/BL-2026-00000-00000?v={receipt.VerificationCode}", HttpStatusCode.NotFound);

        Assert.Contains("Biên lai hợp lệ", verified, StringComparison.Ordinal);
        Assert.Contains("H26-VERIFY-1", verified, StringComparison.Ordinal);
        Assert.Contains("Nguyễn V. A.", verified, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", verified, StringComparison.Ordinal);
        Assert.Contains("Không xác minh được biên lai", wrongCode, StringComparison.Ordinal);
        Assert.DoesNotContain("H26-VERIFY-1", wrongCode, StringComparison.Ordinal);
        Assert.Equal(wrongCode, noCode);
        Assert.Equal(wrongCode, unknown);
    }

    [Fact]
    public async Task Status_by_dossier_answers_the_right_pair_and_the_same_not_found_for_any_wrong_half()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var receipt = await PaidReceiptAsync(citizen, "H26-STATUS-1");
        var form = await citizen.PageAsync("/status");

        var paid = await LookupAsync(citizen, form, "H26-STATUS-1", receipt.Number.ToLowerInvariant());
        var wrongNumber = await LookupAsync(citizen, form, "H26-STATUS-1", "BL-2026-00000-00000");
        var wrongReference = await LookupAsync(citizen, form, "H26-STATUS-2", receipt.Number);

        Assert.Contains("Đã thanh toán", paid, StringComparison.Ordinal);
        Assert.Contains(receipt.Number, paid, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy thông tin khớp", wrongNumber, StringComparison.Ordinal);
        Assert.Equal(AnswerOf(wrongNumber), AnswerOf(wrongReference));
    }

    [Fact]
    public async Task Status_by_dossier_with_a_transaction_code_tells_awaiting_confirmation_then_not_paid()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);
        var (id, link) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithReference("H26-AWAIT-1"));
        var chooser = await citizen.OpenCheckoutAsync(link);
        using var started = await citizen.SubmitAsync(chooser, $"/pay/{id}/attempts", ("way", "momo"));
        var code = started.Headers.Location!.Segments[^1];
        var form = await citizen.PageAsync("/status");

        var awaiting = await LookupAsync(citizen, form, "H26-AWAIT-1", code);
        using (var declined = await citizen.Http.PostAsync(started.Headers.Location + "/decline", null))
        {
            using var returned = await citizen.Http.GetAsync(declined.Headers.Location!.PathAndQuery);
        }

        var notPaid = await LookupAsync(citizen, form, "H26-AWAIT-1", code);
        var otherDossier = await LookupAsync(citizen, form, "H26-AWAIT-2", code);

        Assert.Contains("Đang chờ xác nhận", awaiting, StringComparison.Ordinal);
        Assert.Contains("Chưa thanh toán", notPaid, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy thông tin khớp", otherDossier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_lookup_without_its_antiforgery_token_gets_the_400_page()
    {
        using var citizen = await Citizen.WithNewPortalAsync(gateway);

        using var response = await citizen.Http.PostAsync("/status", new FormUrlEncodedContent([new("reference", "H26"), new("code", "BL-2026-00000-00000")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Receipt> PaidReceiptAsync(Citizen citizen, string reference)
    {
        var (id, _) = await citizen.CreateIntentAsync(PaymentIntents.Valid().WithReference(reference)
            .With("payer", new System.Text.Json.Nodes.JsonObject { ["name"] = "Nguyễn Văn An" }));
        using (var simulated = await citizen.Portal.SimulateAsync(id, "momo", "succeeded"))
        {
            Assert.Equal(HttpStatusCode.OK, simulated.StatusCode);
        }

        Receipt? receipt = null;
        await Eventually.TrueAsync(
            async () => (receipt = await gateway.WithDbAsync(db => db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.IntentId == id))) is not null,
            "the success issues its receipt");
        return receipt!;
    }

    private static async Task<string> LookupAsync(Citizen citizen, string formPage, string reference, string code)
    {
        using var response = await citizen.SubmitAsync(formPage, "/status", ("reference", reference), ("code", code));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string AnswerOf(string page)
    {
        var start = page.IndexOf("<div class=\"answer\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
