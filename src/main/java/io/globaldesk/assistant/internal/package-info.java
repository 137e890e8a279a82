/** The assistant's machinery: input screening, query building, ranking and answer extraction. */
package io.globaldesk.assistant.internal;
