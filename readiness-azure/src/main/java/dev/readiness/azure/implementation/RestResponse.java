package dev.readiness.azure.implementation;

/**
 * The final outcome of one call after retries.
 *
 * @param status the HTTP status, or 0 when no response arrived (timeout, connection reset)
 * @param body the response body, or {@code ""}
 * @param request the call as {@code METHOD path}, for coverage records and logs
 * @param failure why no usable response arrived, or {@code null}
 * @param failureClass why the call failed, or {@code null} when it succeeded
 */
public record RestResponse(
    int status, String body, String request, String failure, FailureClass failureClass) {

  /** An HTTP answer, classed by its status. */
  public static RestResponse answer(int status, String body, String request) {
    return new RestResponse(status, body, request, null, FailureClass.of(status));
  }

  /** An answer that arrived but cannot be used, for the reason {@code failure}. */
  public static RestResponse unusable(int status, String request, String failure) {
    return new RestResponse(status, "", request, failure, FailureClass.UNUSABLE_ANSWER);
  }

  /** True for 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** True for 401 and 403. */
  public boolean isDenial() {
    return failureClass != null && failureClass.denial();
  }
}
