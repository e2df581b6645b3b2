package dev.readiness.azure.implementation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The items of a list, or the response that ended it.
 *
 * @param items the items that arrived
 * @param failure why the list is incomplete, or {@code null} when every page came
 * @param request the first request of the list, for coverage records
 */
record Listing(List<ObjectNode> items, RestResponse failure, String request) {}
