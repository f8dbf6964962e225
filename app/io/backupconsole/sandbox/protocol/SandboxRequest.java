package io.backupconsole.sandbox.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One decoded request to a simulated service.
 *
 * @param method      HTTP method
 * @param path        request path without the query string, still percent-encoded (REST routes decode per segment)
 * @param query       query parameters (decoded), each name with all its values in order
 * @param target      for AWS JSON 1.1: the {@code X-Amz-Target} header (e.g. {@code AWSSimbaAPIService_v20180301.CreateBackup}), else empty
 * @param region      the region from the SigV4 credential scope, {@code us-east-1} when unsigned
 * @param body        the JSON body (an empty object when there was none)
 * @param pathParams  values of {@code {label}} segments matched by a REST route
 * @param headers     the first value of each request header, names lower-cased (e.g. the SSO portal's
 *                    {@code x-amz-sso_bearer_token})
 */
public record SandboxRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        String target,
        String region,
        ObjectNode body,
        Map<String, String> pathParams,
        Map<String, String> headers) {

    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public SandboxRequest withPathParams(Map<String, String> params) {
        return new SandboxRequest(method, path, query, target, region, body, Map.copyOf(params), headers);
    }

    /** A header's value (name in any case), or empty. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
